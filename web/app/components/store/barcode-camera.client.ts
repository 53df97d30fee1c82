// The camera and the barcode reader (issue 18 M2, decision 47). Loaded only when a buyer taps
// "Scan": neither this module nor the ZXing WebAssembly build weighs on a page's first visit.

/** Why the camera could not be used: the buyer refused it, or there is none (or it is busy). */
export type CameraProblem = 'denied' | 'noCamera';

export class CameraError extends Error {
  constructor(readonly problem: CameraProblem) {
    super(problem);
  }
}

/** The same code seen again within this time (held in front of the camera) is read once. */
export const SAME_CODE_MS = 1500;

const NATIVE_FORMATS = ['ean_13', 'ean_8', 'upc_a', 'upc_e', 'code_128'];
const ZXING_FORMATS = ['EAN13', 'EAN8', 'UPCA', 'UPCE', 'Code128'] as const;
const FRAME_GAP_MS = 100;

type Detect = (video: HTMLVideoElement) => Promise<string[]>;

interface NativeDetector {
  detect(source: HTMLVideoElement): Promise<Array<{ rawValue: string }>>;
}
interface NativeDetectorClass {
  new (options: { formats: string[] }): NativeDetector;
  getSupportedFormats(): Promise<string[]>;
}

/** The rear camera where there is one (facingMode environment), any camera otherwise. */
async function openCamera(): Promise<MediaStream> {
  if (!navigator.mediaDevices?.getUserMedia) throw new CameraError('noCamera');
  try {
    return await navigator.mediaDevices.getUserMedia({ audio: false, video: { facingMode: { ideal: 'environment' }, width: { ideal: 1280 }, height: { ideal: 720 } } });
  } catch (error) {
    const name = error instanceof DOMException ? error.name : '';
    throw new CameraError(name === 'NotAllowedError' || name === 'SecurityError' ? 'denied' : 'noCamera');
  }
}

/** The browser's BarcodeDetector when it reads every format we need, ZXing's WebAssembly build otherwise. */
async function barcodeReader(): Promise<Detect> {
  const Native = (globalThis as { BarcodeDetector?: NativeDetectorClass }).BarcodeDetector;
  if (Native) {
    try {
      const supported = await Native.getSupportedFormats();
      if (NATIVE_FORMATS.every((f) => supported.includes(f))) {
        const detector = new Native({ formats: NATIVE_FORMATS });
        return async (video) => (await detector.detect(video)).map((b) => b.rawValue);
      }
    } catch {
      // fall through to ZXing
    }
  }
  // The .wasm file is one of our own hashed assets (never a CDN), cached by the service worker once used.
  const [{ prepareZXingModule, readBarcodes }, { default: wasmUrl }] = await Promise.all([import('zxing-wasm/reader'), import('zxing-wasm/reader/zxing_reader.wasm?url')]);
  await prepareZXingModule({
    overrides: { locateFile: (path: string, prefix: string) => (path.endsWith('.wasm') ? wasmUrl : prefix + path) },
    fireImmediately: true,
  });
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) throw new CameraError('noCamera');
  return async (video) => {
    const scale = Math.min(1, 1280 / Math.max(video.videoWidth, 1));
    const width = Math.round(video.videoWidth * scale);
    const height = Math.round(video.videoHeight * scale);
    if (!width || !height) return [];
    if (canvas.width !== width) canvas.width = width;
    if (canvas.height !== height) canvas.height = height;
    context.drawImage(video, 0, 0, width, height);
    const results = await readBarcodes(context.getImageData(0, 0, width, height), { formats: [...ZXING_FORMATS], tryHarder: true, maxNumberOfSymbols: 4 });
    return results.filter((r) => r.isValid).map((r) => r.text);
  };
}

/**
 * Shows the camera in `video` and calls `onCode` for every code read, once per sighting: a code
 * still in view, or seen again within SAME_CODE_MS, is not read twice. Returns the stop function.
 */
export async function startScanning(video: HTMLVideoElement, onCode: (code: string) => void): Promise<() => void> {
  // The reader first: the camera's first frames are not lost while the WebAssembly build compiles.
  const detect = await barcodeReader();
  const stream = await openCamera();
  let stopped = false;
  const stop = () => {
    stopped = true;
    for (const track of stream.getTracks()) track.stop();
    video.srcObject = null;
  };
  try {
    video.muted = true;
    video.playsInline = true;
    video.srcObject = stream;
    await video.play();
    const lastSeen = new Map<string, number>();
    void (async () => {
      while (!stopped) {
        try {
          const codes = new Set(await detect(video));
          const now = performance.now();
          for (const code of codes) {
            const last = lastSeen.get(code);
            lastSeen.set(code, now);
            if (!stopped && (last === undefined || now - last > SAME_CODE_MS)) onCode(code);
          }
        } catch {
          // a frame that cannot be read (the video between two states): the next one will do
        }
        await new Promise((r) => setTimeout(r, FRAME_GAP_MS));
      }
    })();
    return stop;
  } catch (error) {
    stop();
    throw error instanceof CameraError ? error : new CameraError('noCamera');
  }
}

/** A short beep and a buzz: a read went in (high) or did not (low). */
export function confirm(audio: AudioContext | null, ok: boolean): void {
  try {
    navigator.vibrate?.(ok ? 80 : [60, 60, 60]);
  } catch {
    // vibration is optional
  }
  if (!audio) return;
  const osc = audio.createOscillator();
  const gain = audio.createGain();
  osc.frequency.value = ok ? 1320 : 330;
  gain.gain.value = 0.08;
  osc.connect(gain).connect(audio.destination);
  osc.start();
  osc.stop(audio.currentTime + (ok ? 0.12 : 0.25));
}
