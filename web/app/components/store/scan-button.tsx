import { useFetcher, useNavigate } from '@remix-run/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CameraProblem } from './barcode-camera.client.js';

/** What the cart's action answers for one scanned code. */
export interface ScanResult {
  intent: 'scan';
  code: string;
  added: boolean;
  name: string | null;
  quantity: number | null;
  reason: string | null;
}

interface Read {
  n: number;
  code: string;
  result?: ScanResult;
}

type Engine = typeof import('./barcode-camera.client.js');

/**
 * The "Scan" button (issue 18 M2): opens the camera in a dialog. In the cart every code read adds
 * one pack (a beep, a buzz and the product's name confirm it; a code not found is said as the
 * barcode import says it); in the catalog's search a code opens the product. A refused camera or
 * none at all is said, and the typing way (`typeInto`, an input's id) is offered.
 */
export function ScanButton({ mode, typeInto }: { mode: 'cart' | 'search'; typeInto: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const dialog = useRef<HTMLDialogElement>(null);
  const video = useRef<HTMLVideoElement>(null);
  const stopCamera = useRef<(() => void) | null>(null);
  const audio = useRef<AudioContext | null>(null);
  const engine = useRef<Engine | null>(null);
  const [state, setState] = useState<'closed' | 'starting' | 'scanning' | CameraProblem>('closed');
  const [reads, setReads] = useState<Read[]>([]);
  const counter = useRef(0);
  // Cart: one code at a time through the cart's action, in the order read.
  const fetcher = useFetcher<ScanResult>();
  const queue = useRef<Read[]>([]);
  const sending = useRef<Read | null>(null);
  const busySeen = useRef(false);
  const submit = useRef(fetcher.submit);
  useEffect(() => {
    submit.current = fetcher.submit;
  }, [fetcher.submit]);

  const sendNext = useCallback(() => {
    if (sending.current) return;
    const next = queue.current.shift();
    if (!next) return;
    sending.current = next;
    busySeen.current = false;
    submit.current({ intent: 'scan', code: next.code }, { method: 'post', action: '/cart' });
  }, []);

  useEffect(() => {
    const read = sending.current;
    if (!read) return;
    if (fetcher.state !== 'idle') {
      busySeen.current = true;
      return;
    }
    if (!busySeen.current) return;
    sending.current = null;
    const result = fetcher.data?.intent === 'scan' && fetcher.data.code === read.code ? fetcher.data : { intent: 'scan' as const, code: read.code, added: false, name: null, quantity: null, reason: 'FAILED' };
    engine.current?.confirm(audio.current, result.added);
    setReads((all) => all.map((r) => (r.n === read.n ? { ...r, result } : r)));
    sendNext();
  }, [fetcher.state, fetcher.data, sendNext]);

  const close = useCallback(() => {
    stopCamera.current?.();
    stopCamera.current = null;
    if (dialog.current?.open) dialog.current.close();
    setState('closed');
  }, []);

  useEffect(() => close, [close]);

  const onCode = useCallback(
    (code: string) => {
      if (mode === 'search') {
        engine.current?.confirm(audio.current, true);
        close();
        navigate(`/?q=${encodeURIComponent(code)}&scan=1`);
        return;
      }
      const read = { n: ++counter.current, code };
      setReads((all) => [read, ...all].slice(0, 20));
      queue.current.push(read);
      sendNext();
    },
    [mode, close, navigate, sendNext],
  );

  const onCodeRef = useRef(onCode);
  useEffect(() => {
    onCodeRef.current = onCode;
  }, [onCode]);

  const open = async () => {
    setReads([]);
    setState('starting');
    dialog.current?.showModal();
    try {
      const AudioCtor = window.AudioContext ?? (window as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
      audio.current ??= AudioCtor ? new AudioCtor() : null;
    } catch {
      audio.current = null;
    }
    try {
      engine.current ??= await import('./barcode-camera.client.js');
      if (!video.current) return;
      stopCamera.current = await engine.current.startScanning(video.current, (code) => onCodeRef.current(code));
      setState('scanning');
    } catch (error) {
      const problem = (error as { problem?: CameraProblem }).problem;
      setState(problem === 'denied' ? 'denied' : 'noCamera');
    }
  };

  const typeInstead = () => {
    close();
    document.getElementById(typeInto)?.focus();
  };

  const problem = state === 'denied' || state === 'noCamera';
  return (
    <>
      <button type="button" className="button button--secondary scan-button" onClick={() => void open()} aria-haspopup="dialog">
        <svg aria-hidden="true" viewBox="0 0 24 24" width="18" height="18" focusable="false">
          <path d="M3 7V4h3M21 7V4h-3M3 17v3h3M21 17v3h-3M7 8v8M10 8v8M13 8v8M17 8v8" fill="none" stroke="currentColor" strokeWidth="2" />
        </svg>
        {t('scan.button')}
      </button>
      <dialog ref={dialog} className="scan-dialog" aria-labelledby={`${typeInto}-scan-title`} onClose={close} onCancel={close}>
        <div className="scan-dialog__head">
          <h2 id={`${typeInto}-scan-title`}>{mode === 'cart' ? t('scan.cartTitle') : t('scan.searchTitle')}</h2>
          <button type="button" className="button button--secondary button--small" onClick={close}>
            {mode === 'cart' ? t('scan.done') : t('scan.close')}
          </button>
        </div>
        <div className="scan-dialog__camera" hidden={problem} aria-hidden="true">
          <video ref={video} muted playsInline />
          <span className="scan-dialog__aim" />
        </div>
        {problem ? (
          <div className="feedback feedback--error scan-dialog__problem" role="alert">
            <p>{state === 'denied' ? t('scan.denied') : t('scan.noCamera')}</p>
            <button type="button" className="button button--primary" onClick={typeInstead}>
              {mode === 'cart' ? t('scan.typeInsteadCart') : t('scan.typeInsteadSearch')}
            </button>
          </div>
        ) : (
          <p className="muted" role="status">
            {state === 'starting' ? t('scan.starting') : mode === 'cart' ? t('scan.aimCart') : t('scan.aimSearch')}
          </p>
        )}
        {mode === 'cart' && reads.length ? (
          <ul className="scan-dialog__reads" aria-label={t('scan.reads')} aria-live="polite">
            {reads.map((r) => (
              <li key={r.n} className={r.result ? (r.result.added ? 'scan-read scan-read--ok' : 'scan-read scan-read--error') : 'scan-read'}>
                {!r.result ? (
                  <span>{t('scan.sending', { code: r.code })}</span>
                ) : r.result.added ? (
                  <span>{t('scan.added', { name: r.result.name ?? r.code, count: r.result.quantity ?? 1 })}</span>
                ) : (
                  <span>{t(`scan.problem.${r.result.reason ?? 'FAILED'}`, { code: r.code, defaultValue: t('scan.problem.FAILED', { code: r.code }) })}</span>
                )}
              </li>
            ))}
          </ul>
        ) : null}
      </dialog>
    </>
  );
}
