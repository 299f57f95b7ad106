// Builds the dashboard into dist/: our sources and Leaflet's, as the server embeds them.
import { cpSync, mkdirSync, rmSync } from "node:fs";

rmSync("dist", { recursive: true, force: true });
mkdirSync("dist/images", { recursive: true });
for (const f of ["index.html", "app.js", "style.css"]) cpSync(`src/${f}`, `dist/${f}`);
for (const f of ["leaflet.js", "leaflet.css"]) cpSync(`node_modules/leaflet/dist/${f}`, `dist/${f}`);
cpSync("node_modules/leaflet/dist/images", "dist/images", { recursive: true });
cpSync("node_modules/leaflet/LICENSE", "dist/LEAFLET-LICENSE");
