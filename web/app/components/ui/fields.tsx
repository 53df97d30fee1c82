import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';

interface FieldShellProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  errors?: readonly string[];
  children: ReactNode;
  className?: string;
}

function FieldShell({ id, label, hint, errors, children, className }: FieldShellProps) {
  return (
    <div className={['field', errors?.length ? 'field--invalid' : '', className ?? ''].filter(Boolean).join(' ')}>
      <label htmlFor={id}>{label}</label>
      {children}
      {hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {errors?.length ? (
        <ul className="field__errors" id={`${id}-errors`}>
          {errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function describedBy(id: string, hint: unknown, errors?: readonly string[]): string | undefined {
  const ids = [hint ? `${id}-hint` : '', errors?.length ? `${id}-errors` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

type Common = { label: ReactNode; hint?: ReactNode; errors?: readonly string[]; name: string; fieldClassName?: string };

export function TextField({ label, hint, errors, fieldClassName, id: givenId, ...input }: Common & InputHTMLAttributes<HTMLInputElement>) {
  const generated = useId();
  const id = givenId ?? generated;
  return (
    <FieldShell id={id} label={label} hint={hint} errors={errors} className={fieldClassName}>
      <input id={id} aria-invalid={errors?.length ? true : undefined} aria-describedby={describedBy(id, hint, errors)} {...input} />
    </FieldShell>
  );
}

export function TextAreaField({ label, hint, errors, fieldClassName, id: givenId, ...input }: Common & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const generated = useId();
  const id = givenId ?? generated;
  return (
    <FieldShell id={id} label={label} hint={hint} errors={errors} className={fieldClassName}>
      <textarea id={id} aria-invalid={errors?.length ? true : undefined} aria-describedby={describedBy(id, hint, errors)} {...input} />
    </FieldShell>
  );
}

export function SelectField({
  label,
  hint,
  errors,
  fieldClassName,
  id: givenId,
  children,
  ...select
}: Common & SelectHTMLAttributes<HTMLSelectElement> & { children: ReactNode }) {
  const generated = useId();
  const id = givenId ?? generated;
  return (
    <FieldShell id={id} label={label} hint={hint} errors={errors} className={fieldClassName}>
      <select id={id} aria-invalid={errors?.length ? true : undefined} aria-describedby={describedBy(id, hint, errors)} {...select}>
        {children}
      </select>
    </FieldShell>
  );
}

/** Errors that belong to no field, at the top of a form. */
export function FormErrorSummary({ errors, title }: { errors?: readonly string[]; title?: ReactNode }) {
  if (!errors?.length) return null;
  return (
    <div className="alert alert--error" role="alert">
      {title ? <p className="alert__title">{title}</p> : null}
      {errors.length === 1 ? (
        <p>{errors[0]}</p>
      ) : (
        <ul>
          {errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** A checkbox with its label on the right and an optional hint below. */
export function CheckboxField({ label, hint, fieldClassName, id: givenId, ...input }: Omit<Common, 'errors'> & InputHTMLAttributes<HTMLInputElement>) {
  const generated = useId();
  const id = givenId ?? generated;
  return (
    <div className={['field field--checkbox', fieldClassName ?? ''].filter(Boolean).join(' ')}>
      <div className="field--checkbox__row">
        <input id={id} type="checkbox" aria-describedby={hint ? `${id}-hint` : undefined} {...input} />
        <label htmlFor={id}>{label}</label>
      </div>
      {hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}
