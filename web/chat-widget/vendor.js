// Vendors the official socket.io client the chat widget runs on into
// assistant/website/static/chat/, next to the widget itself (widget.js and
// widget.css there are the widget's source: plain JavaScript and CSS, no
// build step). The demo website (and any clinic's site) serves them itself:
// no CDN, no npm at run time. The copies are committed. After changing the
// client version:
//
//   cd web/chat-widget && npm ci && npm run vendor
const fs = require("fs");
const path = require("path");

const target = path.resolve(__dirname, "..", "..", "assistant", "website", "static", "chat");
const modules = path.join(__dirname, "node_modules");
const files = [
  [path.join(modules, "socket.io-client", "dist", "socket.io.min.js"), "socket.io.min.js"],
  [path.join(modules, "socket.io-client", "LICENSE"), "socket.io-client-LICENSE"],
];

fs.mkdirSync(target, { recursive: true });
for (const [from, to] of files) {
  fs.copyFileSync(from, path.join(target, to));
  console.log(`vendored ${path.relative(__dirname, from)} -> ${path.relative(process.cwd(), path.join(target, to))}`);
}
const version = JSON.parse(fs.readFileSync(path.join(modules, "socket.io-client", "package.json"), "utf8")).version;
fs.writeFileSync(
  path.join(target, "VERSIONS.txt"),
  `socket.io-client ${version} (from the npm registry; web/chat-widget/package-lock.json)\n` +
    "widget.js, widget.css: the widget's own source, edited here\n"
);
