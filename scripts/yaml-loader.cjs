// webpack loader: YAML source -> JSON text, so the browser bundle carries data and no YAML parser.
const YAML = require('yaml');

module.exports = function yamlLoader(source) {
  if (this.cacheable) this.cacheable();
  return JSON.stringify(YAML.parse(source, { prettyErrors: true }));
};
