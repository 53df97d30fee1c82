import { useNavigation } from '@remix-run/react';
import type { ButtonHTMLAttributes } from 'react';

/**
 * A submit button that shows it is busy while its form is being sent (and refuses a second click
 * meanwhile). Pass `intent` to tell several buttons of one page apart.
 */
export function SubmitButton({
  intent,
  pending: forcedPending,
  className = 'button button--primary',
  children,
  ...rest
}: ButtonHTMLAttributes<HTMLButtonElement> & { intent?: string; pending?: boolean }) {
  const navigation = useNavigation();
  const submitting = navigation.state === 'submitting' && (intent === undefined || navigation.formData?.get('intent') === intent);
  const pending = forcedPending ?? submitting;
  return (
    <button
      type="submit"
      className={className}
      name={intent ? 'intent' : rest.name}
      value={intent ?? rest.value}
      aria-busy={pending || undefined}
      aria-disabled={pending || undefined}
      onClick={(event) => {
        if (pending) event.preventDefault();
      }}
      {...rest}
    >
      {children}
    </button>
  );
}
