// Copies the browser libraries the staff console uses into
// assistant/console/static/vendor/, so the console serves them itself:
// no CDN, and no npm at run time. The copies are committed.
//
//   cd web/console && npm ci && npm run vendor
const fs = require("fs");
const path = require("path");

const target = path.resolve(__dirname, "..", "..", "assistant", "console", "static", "vendor");
const modules = path.join(__dirname, "node_modules");
const files = [
  ["chart.js/dist/chart.umd.js", "chart.umd.js"],
  ["chart.js/LICENSE.md", "chart.js-LICENSE.md"],
];

fs.mkdirSync(target, { recursive: true });
for (const [from, to] of files) {
  fs.copyFileSync(path.join(modules, from), path.join(target, to));
  console.log(`vendored ${from} -> ${path.relative(process.cwd(), path.join(target, to))}`);
}
const version = JSON.parse(fs.readFileSync(path.join(modules, "chart.js", "package.json"), "utf8")).version;
fs.writeFileSync(path.join(target, "VERSIONS.txt"), `chart.js ${version} (from the npm registry; web/console/package-lock.json)\n`);
