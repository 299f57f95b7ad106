// Builds what the dashboard takes from npm into dist/: Leaflet's script, style, images and
// licence. The dashboard's own files stay in src/; the server embeds both.
import { cpSync, mkdirSync, rmSync } from "node:fs";

rmSync("dist", { recursive: true, force: true });
mkdirSync("dist/images", { recursive: true });
for (const f of ["leaflet.js", "leaflet.css"]) cpSync(`node_modules/leaflet/dist/${f}`, `dist/${f}`);
cpSync("node_modules/leaflet/dist/images", "dist/images", { recursive: true });
cpSync("node_modules/leaflet/LICENSE", "dist/LEAFLET-LICENSE");
