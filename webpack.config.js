const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { productionManifest } = require('./scripts/manifest-origin.cjs');

// Where the add-in is hosted in production: one setting, ADDIN_ORIGIN (https, no path). A production
// build writes dist/manifest.xml with it in place of the development origin; without it the build
// uses a placeholder origin and says so, as that manifest cannot be published.
const PLACEHOLDER_ORIGIN = 'https://clausewright.example.com';

/** Microsoft's CDN for Office.js: allowed only on the pages Office loads (task pane, commands). */
const OFFICE_JS = 'https://appsforoffice.microsoft.com';

/**
 * A strict Content-Security-Policy for each page, as a meta tag: scripts from this origin only (and
 * Office.js where Office needs it), no plug-ins, no <base>, no form posts. Styles may be inline
 * because Fluent UI writes its styles at run time; fetches may go to any https address because an
 * organisation's clause library lives on its own server. Development adds the dev server's web socket.
 */
function contentSecurityPolicy({ office, dev }) {
  return [
    "default-src 'self'",
    `script-src 'self'${office ? ` ${OFFICE_JS}` : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self' https:${dev ? ' ws: wss:' : ''}`,
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** Every chunk but the worker's entry (src/taskpane/shared/work/runWork.ts names it). */
const pageChunk = (chunk) => chunk.name !== 'clausewright-work';

function page(filename, template, chunk, office, dev) {
  return new HtmlWebpackPlugin({
    filename,
    template,
    chunks: [chunk],
    meta: { 'Content-Security-Policy': { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy({ office, dev }) } },
  });
}

module.exports = (_env, argv) => {
  const dev = argv.mode !== 'production';
  if (!dev && !process.env.ADDIN_ORIGIN) console.warn(`ADDIN_ORIGIN is not set: dist/manifest.xml points at ${PLACEHOLDER_ORIGIN}`);
  const origin = process.env.ADDIN_ORIGIN || PLACEHOLDER_ORIGIN;
  return {
    mode: dev ? 'development' : 'production',
    // Source maps in files of their own in development too: modules wrapped in eval() made the
    // development workspace show its first review about a quarter later (median of 8 alternating loads).
    devtool: dev ? 'cheap-module-source-map' : 'source-map',
    target: 'web',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
      workspace: './src/workspace/index.tsx',
      support: './src/support/index.ts',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].[contenthash:8].js',
      chunkFilename: '[name].[contenthash:8].js',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        { test: /\.tsx?$/, exclude: /node_modules/, use: { loader: 'ts-loader', options: { transpileOnly: true } } },
        // The clause library is YAML on disk; it reaches the browser read and validated at build time.
        { test: path.resolve(__dirname, 'src/taskpane/builtinLibrary.ts'), enforce: 'pre', use: path.resolve(__dirname, 'scripts/library-loader.cjs') },
        // The message catalog: English built in, Chinese a chunk of its own fetched when the reader's language is Chinese.
        { test: path.resolve(__dirname, 'src/core/i18n/catalog.ts'), enforce: 'pre', use: path.resolve(__dirname, 'scripts/catalog-loader.cjs') },
        // The workspace's sample draft is plain text, bundled as a string and read like a user's .txt.
        { test: /\.txt$/, include: path.resolve(__dirname, 'src/workspace/sample'), type: 'asset/source' },
        { test: /\.(png|svg)$/, type: 'asset/resource', generator: { filename: 'assets/[name][ext]' } },
        { test: /\.docx$/, type: 'asset/resource', generator: { filename: 'assets/[name].[contenthash:8][ext]' } },
      ],
    },
    optimization: {
      // React 19 and react-dom/client in one vendor chunk shared by the task pane and the workspace.
      // The worker's code stays one file: a worker loads split chunks one after another (importScripts).
      splitChunks: {
        chunks: pageChunk,
        cacheGroups: {
          react: { test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/, name: 'vendor-react', priority: 20 },
          // Only what each page needs at start, split per page (the workspace's extra components are not
          // the task pane's weight); packages used by lazily loaded views (zod, yaml, jszip, docx) stay
          // in those views' chunks instead of being fetched before the first paint.
          vendor: { test: /[\\/]node_modules[\\/]/, priority: 10, chunks: (chunk) => chunk.canBeInitial() && pageChunk(chunk), reuseExistingChunk: true },
        },
      },
    },
    performance: { hints: false }, // the size budget is enforced by `npm run size`, on gzip bytes
    plugins: [
      page('taskpane.html', './src/taskpane/taskpane.html', 'taskpane', true, dev),
      page('commands.html', './src/commands/commands.html', 'commands', true, dev),
      page('index.html', './src/workspace/workspace.html', 'workspace', false, dev),
      page('support.html', './src/support/support.html', 'support', false, dev),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => (dev ? content : productionManifest(content.toString(), origin)),
          },
        ],
      }),
    ],
    devServer: {
      static: { directory: path.resolve(__dirname, 'dist') },
      headers: { 'Access-Control-Allow-Origin': '*' },
      port: Number(process.env.PORT || 3000),
      host: 'localhost',
      hot: false,
      client: { overlay: false, webSocketURL: 'auto://0.0.0.0:0/ws' },
    },
  };
};
