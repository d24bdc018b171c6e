"""OpenDocument text files written by hand for tests/test_documents_odt_text.py: a minimal package
(mimetype first and stored, content.xml, styles.xml with a header and footer, the manifest and
an image), as LibreOffice writes one."""

import zipfile, io
NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3"')
def odt(body: str, header: str = "Voprosy istorii", footer: str = "Printed in Moskva") -> bytes:
    content = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {NS}><office:automatic-styles>'
               '<style:style style:name="T1" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>'
               f'</office:automatic-styles><office:body><office:text>{body}</office:text></office:body></office:document-content>')
    styles = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles {NS}><office:styles>'
              '<style:style style:name="Standard" style:family="paragraph"/></office:styles><office:master-styles>'
              f'<style:master-page style:name="Standard"><style:header><text:p>{header}</text:p></style:header>'
              f'<style:footer><text:p>{footer}</text:p></style:footer></style:master-page></office:master-styles></office:document-styles>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/></manifest:manifest>')
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text", compress_type=zipfile.ZIP_STORED)
        z.writestr("content.xml", content); z.writestr("styles.xml", styles); z.writestr("META-INF/manifest.xml", manifest)
        z.writestr("Pictures/x.png", b"\x89PNG\r\n\x1a\nfake")
    return out.getvalue()
