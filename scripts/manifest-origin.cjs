// The production manifest: manifest.xml is written for the development server, and a production
// build puts the add-in's origin (ADDIN_ORIGIN, e.g. https://addin.example.org) wherever the
// development origin stands, so one setting decides every URL and no localhost is left behind.
const DEV_ORIGIN = 'https://localhost:3000';

/** The origin from ADDIN_ORIGIN: https, no path, no trailing slash; a clear error otherwise. */
function addinOrigin(value) {
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`ADDIN_ORIGIN must be the add-in's https origin, such as https://addin.example.org (got "${value}")`);
  }
  if (url.protocol !== 'https:' || url.pathname !== '/' || url.search || url.hash || url.hostname === 'localhost') {
    throw new Error(`ADDIN_ORIGIN must be a public https origin with no path, such as https://addin.example.org (got "${value}")`);
  }
  return url.origin;
}

function productionManifest(xml, origin) {
  const out = xml.split(DEV_ORIGIN).join(addinOrigin(origin));
  if (/localhost/i.test(out)) throw new Error('the production manifest still names localhost');
  return out;
}

module.exports = { DEV_ORIGIN, addinOrigin, productionManifest };
