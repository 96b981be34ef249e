// An ESLint rule that keeps the folders of apps/api/src in layers: a folder imports only folders
// below it, so a back-edge (a lower layer importing a higher one) fails the lint, the way Nx tags
// guard the libs. A local rule rather than a plugin: one file, no dependency.
import path from 'node:path';

/** apps/api/src's top-level folders, lowest first. Files at the top of src compose them all. */
export const API_LAYERS = [
  'config',
  'common',
  'database',
  'rate-limits',
  'accord-log',
  'identity',
  'accords',
  'frameworks',
  'drafting',
  'voting',
  'discussion',
  'milestones',
  'cosponsors',
  'signatories',
  'incidents',
  'comparison',
  'history',
  'public-page',
  'search',
  'desk',
  'realtime',
  'notifications',
  'read-cache',
  'demo',
  'health',
  'web',
];

/** The layer a file is in: its top-level folder under `root`, '' at the top of root, or null outside it. */
function layerOf(file, root) {
  const relative = path.relative(root, file);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return null;
  const parts = relative.split(path.sep);
  return parts.length === 1 ? '' : parts[0];
}

/** @type {import('eslint').Rule.RuleModule} */
export const apiLayers = {
  meta: {
    type: 'problem',
    docs: { description: 'A folder of the API imports only the folders below it' },
    schema: [
      {
        type: 'object',
        properties: {
          root: { type: 'string' },
          layers: { type: 'array', items: { type: 'string' } },
        },
        required: ['root'],
        additionalProperties: false,
      },
    ],
    messages: {
      backEdge:
        "'{{from}}' may not import '{{to}}': {{to}} is above it in the API's layers ({{order}}). Move the shared thing down, or invert the dependency.",
      composition: "'{{from}}' may not import the composition root ('{{file}}').",
      unknownLayer:
        "'{{folder}}' is not in the API's layers: place it in API_LAYERS (tools/eslint/api-layers.js).",
    },
  },
  create(context) {
    const [{ root: rootOption, layers = API_LAYERS }] = context.options;
    const root = path.resolve(context.cwd, rootOption);
    const file = context.physicalFilename;
    const from = layerOf(file, root);
    if (from === null) return {};
    if (from !== '' && !layers.includes(from)) {
      return {
        Program(node) {
          context.report({ node, messageId: 'unknownLayer', data: { folder: from } });
        },
      };
    }
    function check(node, source) {
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const target = path.resolve(path.dirname(file), source);
      const to = layerOf(target, root);
      if (to === null || to === from) return;
      // The composition root (main, app.module, bootstrap) imports everything; nothing imports it.
      if (from === '') return;
      if (to === '') {
        context.report({
          node,
          messageId: 'composition',
          data: { from, file: path.basename(target) },
        });
        return;
      }
      if (!layers.includes(to) || layers.indexOf(to) > layers.indexOf(from)) {
        context.report({
          node,
          messageId: 'backEdge',
          data: { from, to, order: layers.join(' < ') },
        });
      }
    }
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
    };
  },
};

export default { rules: { 'api-layers': apiLayers } };
