import { useState } from 'react';
import { useHydrated } from '../../utils/hydrated.js';

/** Texts of a secret shown once, in the page's namespace (apiTokens.*, webhooks.*). */
export interface SecretOnceTexts {
  /** "It is shown once: copy it now." */
  once: string;
  /** The field's label, read by screen readers. */
  label: string;
  copy: string;
  copied: string;
  copyHint: string;
}

/**
 * A secret (API token, webhook signing secret) shown once after it is made: a read-only field that
 * selects itself, a copy button once hydrated, and a polite live line saying whether it was copied.
 */
export function SecretOnce({ id, title, secret, texts }: { id: string; title: string; secret: string; texts: SecretOnceTexts }) {
  const hydrated = useHydrated();
  const [copied, setCopied] = useState(false);
  return (
    <div className="alert alert--success" role="status" aria-labelledby={`${id}-title`}>
      <h2 className="alert__title" id={`${id}-title`}>
        {title}
      </h2>
      <p>{texts.once}</p>
      <div className="secret">
        <label htmlFor={id} className="visually-hidden">
          {texts.label}
        </label>
        <input id={id} className="mono" readOnly value={secret} onFocus={(e) => e.currentTarget.select()} />
        {hydrated ? (
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => {
              void navigator.clipboard?.writeText(secret).then(
                () => setCopied(true),
                () => setCopied(false),
              );
            }}
          >
            {texts.copy}
          </button>
        ) : null}
      </div>
      <p className="small" aria-live="polite">
        {copied ? texts.copied : texts.copyHint}
      </p>
    </div>
  );
}
