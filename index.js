// n8n loads this package through the "n8n" section of package.json (compiled classes in dist/).
// This entry point only lists them, for tools that require the package directly.
const { n8n } = require('./package.json');

module.exports = { credentials: n8n.credentials, nodes: n8n.nodes };
