import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** LibreOffice and poppler, for tests that read our .docx back through them. */
export const HAVE_SOFFICE = spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;
export const HAVE_POPPLER = spawnSync('pdftotext', ['-v'], { stdio: 'ignore' }).status === 0;

/** A private profile per run, so parallel runs do not fight over ~/.config/libreoffice. */
function profile(dir: string): string {
  return `-env:UserInstallation=file://${dir}/profile`;
}

export function toPdf(docx: string, dir: string): string {
  execFileSync('soffice', [profile(dir), '--headless', '--convert-to', 'pdf', '--outdir', dir, docx], { stdio: 'ignore', timeout: 240_000 });
  return path.join(dir, `${path.basename(docx, '.docx')}.pdf`);
}

/** A Basic macro that opens a document, accepts or rejects every tracked change and saves it as .docx. */
const SETTLE = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic">
Sub Settle(inPath As String, outPath As String, how As String)
  Dim args(0) As New com.sun.star.beans.PropertyValue
  args(0).Name = &quot;Hidden&quot;
  args(0).Value = True
  doc = StarDesktop.loadComponentFromURL(ConvertToURL(inPath), &quot;_blank&quot;, 0, args())
  helper = createUnoService(&quot;com.sun.star.frame.DispatchHelper&quot;)
  helper.executeDispatch(doc.CurrentController.Frame, &quot;.uno:&quot; &amp; how &amp; &quot;AllTrackedChanges&quot;, &quot;&quot;, 0, Array())
  Dim out(0) As New com.sun.star.beans.PropertyValue
  out(0).Name = &quot;FilterName&quot;
  out(0).Value = &quot;MS Word 2007 XML&quot;
  doc.storeToURL(ConvertToURL(outPath), out())
  doc.close(True)
End Sub
</script:module>
`;

/**
 * The document with every tracked change accepted (or rejected) by LibreOffice itself, saved as
 * .docx. The macro goes into the run's private profile, which a first conversion has created.
 */
export function settle(docx: string, how: 'Accept' | 'Reject', dir: string): string {
  const standard = path.join(dir, 'profile/user/basic/Standard');
  if (!existsSync(path.join(standard, 'script.xlb'))) throw new Error('the LibreOffice profile is not set up yet: convert a file first');
  mkdirSync(standard, { recursive: true });
  writeFileSync(path.join(standard, 'Module1.xba'), SETTLE);
  const out = path.join(dir, `${path.basename(docx, '.docx')}-${how.toLowerCase()}ed.docx`);
  const arg = (s: string) => `"${s.replace(/"/g, '""')}"`;
  // A run that starts while the last one is still shutting down can be turned away: try again.
  for (let attempt = 0; attempt < 3 && !existsSync(out); attempt++) {
    spawnSync('soffice', [profile(dir), '--headless', `macro:///Standard.Module1.Settle(${arg(docx)},${arg(out)},${arg(how)})`], { stdio: 'ignore', timeout: 240_000 });
  }
  if (!existsSync(out)) throw new Error(`LibreOffice did not save ${out}`);
  return out;
}
