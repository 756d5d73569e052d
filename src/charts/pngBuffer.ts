import type * as ResvgModule from "@resvg/resvg-js";
import {dirname, join} from "node:path";
import {crc32} from "node:zlib";

export interface PngOptions {
  /** Dots per inch, the SVG's pixels being CSS pixels (96 per inch); 300 by default. */
  dpi?: number;
}

/** The most pixels a PNG gets: a taller chart (hundreds of experiments) is rendered at a lower resolution, recorded as such. */
export const MAX_PIXELS = 24_000_000;

/**
 * Renders a standalone SVG to PNG with the bundled DejaVu Sans, so text renders the same on a
 * machine without fonts. Charts beyond MAX_PIXELS at the asked dpi get the dpi that fits.
 */
export function pngBuffer(svg: string, {dpi: asked = 300}: PngOptions = {}): Buffer {
  if (!(asked > 0)) throw new Error(`invalid dpi: ${asked}`);
  const dpi = fittingDpi(svg, asked);
  // Loaded here, not at the top: a native module that only drawing needs.
  const {Resvg} = require("@resvg/resvg-js") as typeof ResvgModule;
  const resvg = new Resvg(svg, {
    fitTo: {mode: "zoom", value: dpi / 96},
    background: "white",
    font: {
      loadSystemFonts: false,
      fontFiles: fontFiles(),
      defaultFontFamily: "DejaVu Sans",
      sansSerifFamily: "DejaVu Sans"
    }
  });
  return withDpi(resvg.render().asPng(), dpi);
}

// The dpi at which the SVG (its root's width and height, in CSS pixels) fits in MAX_PIXELS; the asked one when it fits or states no size.
function fittingDpi(svg: string, dpi: number): number {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? "";
  const width = Number(/\swidth="([\d.]+)"/.exec(root)?.[1]), height = Number(/\sheight="([\d.]+)"/.exec(root)?.[1]);
  const pixels = width * height * (dpi / 96) ** 2;
  return pixels > MAX_PIXELS ? 96 * Math.sqrt(MAX_PIXELS / (width * height)) : dpi;
}

function fontFiles() {
  const root = join(dirname(require.resolve("dejavu-fonts-ttf/package.json")), "ttf");
  return ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"].map((file) => join(root, file));
}

// A pHYs chunk after IHDR, so that viewers and print layouts read the intended resolution.
function withDpi(png: Buffer, dpi: number) {
  const ihdrEnd = 8 + 4 + 4 + 13 + 4;
  const ppm = Math.round(dpi / 0.0254);
  const chunk = Buffer.alloc(4 + 4 + 9 + 4);
  chunk.writeUInt32BE(9, 0);
  chunk.write("pHYs", 4, "latin1");
  chunk.writeUInt32BE(ppm, 8);
  chunk.writeUInt32BE(ppm, 12);
  chunk.writeUInt8(1, 16);
  chunk.writeUInt32BE(crc32(chunk.subarray(4, 17)), 17);
  return Buffer.concat([png.subarray(0, ihdrEnd), chunk, png.subarray(ihdrEnd)]);
}
