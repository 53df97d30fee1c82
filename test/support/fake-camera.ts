import bwipjs from 'bwip-js';
import { PNG } from 'pngjs';
import { closeSync, openSync, writeSync } from 'node:fs';

/**
 * A video for Chromium's fake camera (`--use-file-for-fake-video-capture`): barcodes drawn by
 * bwip-js, as printed on a pack, one after the other with empty frames between them. Written as
 * YUV4MPEG2 (.y4m, 4:2:0) in pure Node: the PNG is decoded by pngjs, its luma becomes the Y plane.
 */
export type Shot = { seconds: number } & ({ blank: true } | { bcid: 'ean13' | 'ean8' | 'upca' | 'upce' | 'code128'; text: string });

export async function writeBarcodeVideo(path: string, shots: Shot[], options: { width?: number; height?: number; fps?: number } = {}): Promise<{ frames: number }> {
  const width = options.width ?? 320;
  const height = options.height ?? 240;
  const fps = options.fps ?? 5;
  const fd = openSync(path, 'w');
  let frames = 0;
  try {
    writeSync(fd, `YUV4MPEG2 W${width} H${height} F${fps}:1 Ip A1:1 C420jpeg\n`);
    const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128);
    for (const shot of shots) {
      const luma = Buffer.alloc(width * height, 235);
      if (!('blank' in shot)) {
        const png = PNG.sync.read(await bwipjs.toBuffer({ bcid: shot.bcid, text: shot.text, scale: 2, height: 12, includetext: true, backgroundcolor: 'FFFFFF' }));
        if (png.width > width || png.height > height) throw new Error(`barcode ${shot.text} does not fit the frame`);
        const left = Math.floor((width - png.width) / 2);
        const top = Math.floor((height - png.height) / 2);
        for (let y = 0; y < png.height; y++) {
          for (let x = 0; x < png.width; x++) {
            const i = (y * png.width + x) * 4;
            const alpha = png.data[i + 3] / 255;
            const grey = 0.299 * png.data[i] + 0.587 * png.data[i + 1] + 0.114 * png.data[i + 2];
            // BT.601 studio range, as a camera would send it
            luma[(top + y) * width + left + x] = Math.round(16 + (219 * (grey * alpha + 255 * (1 - alpha))) / 255);
          }
        }
      }
      const count = Math.round(shot.seconds * fps);
      for (let f = 0; f < count; f++) {
        writeSync(fd, 'FRAME\n');
        writeSync(fd, luma);
        writeSync(fd, chroma);
        frames++;
      }
    }
  } finally {
    closeSync(fd);
  }
  return { frames };
}
