import { describe, expect, it } from 'vitest';
import {
  EMAIL_LANGUAGES,
  ORDER_STATUS_CHANGED_STATUSES,
  previewProps,
  renderEmail,
  type AccessPendingApprovalProps,
  type EmailLanguage,
  type EmailTemplateName,
  type OrderStatusChangedProps,
  type PasswordRegeneratedProps,
  type PasswordResetProps,
  type RegistrationApprovedProps,
  type RegistrationReceivedProps,
  type RegistrationRefusedProps,
} from '../../emails/index.js';
import {
  decode,
  expectHref,
  expectInBoth,
  expectInNeither,
  fill,
  flatten,
  locales,
  phrase,
} from './support.js';

const SUPPLIER = 'Grossiste Martin';
const CUSTOMER = 'Boulangerie Léa';

const regenerated: PasswordRegeneratedProps = {
  supplierName: SUPPLIER,
  customerName: CUSTOMER,
  loginUrl: 'https://store.example.test/login?from=email&reason=regenerated',
  username: 'lea@boulangerie.example',
  temporaryPassword: 'New-4fG8-zR2k',
};

const reset: PasswordResetProps = {
  supplierName: SUPPLIER,
  resetUrl: 'https://store.example.test/reset-password?token=9b1e77c0d2&lang=fr',
  expiresInMinutes: 30,
};

const received: RegistrationReceivedProps = {
  supplierName: SUPPLIER,
  companyName: 'Épicerie Fine Duval',
  contactName: 'Marc Duval',
  email: 'marc@epicerie-duval.example',
  phone: '+32 2 555 01 23',
  vatNumber: 'BE0123456789',
  address: 'Rue Haute 45\n1000 Bruxelles',
  message: 'Bonjour,\nnous aimerions commander vos farines.',
  reviewUrl: 'https://hub.example.test/registrations/81?tab=details&from=email',
};

const approved: RegistrationApprovedProps = {
  supplierName: SUPPLIER,
  companyName: 'Épicerie Fine Duval',
  loginUrl: 'https://store.example.test/login',
  username: 'marc@epicerie-duval.example',
  temporaryPassword: 'Wlc-7hT3-bN5q',
};

const refused: RegistrationRefusedProps = {
  supplierName: SUPPLIER,
  companyName: 'Épicerie Fine Duval',
  reason: 'Nous ne livrons pas encore la région de Bruxelles.',
};

const pending: AccessPendingApprovalProps = {
  supplierName: SUPPLIER,
  customerName: CUSTOMER,
  email: 'commandes@boulangerie.example',
  reviewUrl: 'https://hub.example.test/customers/12?panel=access',
};

const statusChange: OrderStatusChangedProps = {
  supplierName: SUPPLIER,
  customerName: CUSTOMER,
  orderNumber: 'SO-000123',
  orderUrl: 'https://store.example.test/orders/SO-000123',
  status: 'REJECTED',
  reason: 'Farine T65 en rupture jusqu’au 20 juin.',
  changedAt: '2025-06-03T14:45:00.000Z',
};

const NEW_TEMPLATES = [
  'password-regenerated',
  'password-reset',
  'registration-received',
  'registration-approved',
  'registration-refused',
  'access-pending-approval',
  'order-status-changed',
  'access-approved',
  'registration-acknowledged',
  'webhook-endpoint-disabled',
  'quote',
] as const satisfies readonly EmailTemplateName[];

const NEW_NAMESPACES = [
  'passwordRegenerated',
  'passwordReset',
  'registrationReceived',
  'registrationApproved',
  'registrationRefused',
  'accessPendingApproval',
  'orderStatusChanged',
  'accessApproved',
  'registrationAcknowledged',
  'webhookEndpointDisabled',
];

const minutes = (language: EmailLanguage, n: number) =>
  new Intl.NumberFormat(language, { style: 'unit', unit: 'minute', unitDisplay: 'long' }).format(n);
const hours = (language: EmailLanguage, n: number) =>
  new Intl.NumberFormat(language, { style: 'unit', unit: 'hour', unitDisplay: 'long' }).format(n);
const dateTime = (language: EmailLanguage, iso: string) =>
  new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));

describe('registry', () => {
  it('has every template, with preview props', () => {
    expect(Object.keys(previewProps).sort()).toEqual(
      ['access-granted', 'order-placed', ...NEW_TEMPLATES].sort(),
    );
  });

  it.each(EMAIL_LANGUAGES)('renders every preview in %s with no missing key or placeholder', async (language) => {
    const keys = Object.keys(flatten(locales.en));
    for (const template of Object.keys(previewProps) as EmailTemplateName[]) {
      const email = await renderEmail(template, previewProps[template] as never, language);
      for (const output of [email.subject, email.html, email.text]) {
        expect(output, template).not.toMatch(/{{|}}/);
        for (const key of keys) expect(output, `${template} shows the key ${key}`).not.toContain(key);
      }
      expect(email.html, template).toContain(`lang="${language}"`);
      expect(email.html, template).not.toMatch(/<img/i);
    }
  });
});

describe('new locale keys', () => {
  it.each(EMAIL_LANGUAGES.filter((l) => l !== 'en'))('%s translates every new string', (language) => {
    const en = flatten(locales.en);
    const mine = flatten(locales[language]);
    const newKeys = Object.keys(en).filter(
      (key) => key === 'common.staffFooter' || NEW_NAMESPACES.includes(key.split('.')[0]!),
    );
    expect(newKeys.length).toBeGreaterThanOrEqual(80);
    for (const key of newKeys) expect(mine[key], `${language}:${key}`).not.toBe(en[key]);
  });

  it.each(EMAIL_LANGUAGES)('%s has a distinct subject, intro and label for every order status', (language) => {
    for (const group of ['subject', 'intro', 'status']) {
      const texts = ORDER_STATUS_CHANGED_STATUSES.map((s) => phrase(language, `orderStatusChanged.${group}.${s}`));
      expect(new Set(texts).size, `${language}:${group}`).toBe(ORDER_STATUS_CHANGED_STATUSES.length);
    }
  });
});

describe('password-regenerated', () => {
  it.each(EMAIL_LANGUAGES)('renders in %s', async (language) => {
    const email = await renderEmail('password-regenerated', regenerated, language);
    const names = { supplier: SUPPLIER, customer: CUSTOMER };
    expect(email.language).toBe(language);
    expect(email.subject).toBe(fill(language, 'passwordRegenerated.subject', names));
    expect(decode(email.html)).toContain(phrase(language, 'passwordRegenerated.heading'));
    expectInBoth(
      email,
      fill(language, 'passwordRegenerated.intro', names),
      phrase(language, 'passwordRegenerated.previousPasswordInvalid'),
      phrase(language, 'passwordRegenerated.credentialsTitle'),
      phrase(language, 'passwordRegenerated.button'),
      phrase(language, 'passwordRegenerated.firstSignIn'),
      phrase(language, 'passwordRegenerated.spamHint'),
      fill(language, 'passwordRegenerated.unexpected', names),
      regenerated.loginUrl,
      regenerated.username,
      regenerated.temporaryPassword,
    );
    expect(email.text).toContain(`${phrase(language, 'passwordRegenerated.usernameLabel')} ${regenerated.username}`);
    expect(email.text).toContain(
      `${phrase(language, 'passwordRegenerated.temporaryPasswordLabel')} ${regenerated.temporaryPassword}`,
    );
    expectHref(email, regenerated.loginUrl);
  });

  it('is not the access-granted email', async () => {
    const grant = await renderEmail('access-granted', regenerated, 'en');
    const regen = await renderEmail('password-regenerated', regenerated, 'en');
    expect(regen.subject).not.toBe(grant.subject);
    expect(regen.text).toContain('Your previous password no longer works');
    expect(regen.text).toContain('new temporary password');
  });

  it('reads naturally in French', async () => {
    const email = await renderEmail('password-regenerated', regenerated, 'fr');
    expect(email.subject).toBe('Votre nouveau mot de passe temporaire pour la boutique Grossiste Martin');
    expect(email.text).toContain('Votre ancien mot de passe ne fonctionne plus');
    expect(email.text).toContain('Mot de passe temporaire : New-4fG8-zR2k');
    expect(email.text).toContain('courrier indésirable');
  });
});

describe('password-reset', () => {
  it.each(EMAIL_LANGUAGES)('renders in %s', async (language) => {
    const email = await renderEmail('password-reset', reset, language);
    const values = { supplier: SUPPLIER, duration: minutes(language, 30) };
    expect(email.language).toBe(language);
    expect(email.subject).toBe(fill(language, 'passwordReset.subject', values));
    expect(decode(email.html)).toContain(phrase(language, 'passwordReset.heading'));
    expectInBoth(
      email,
      fill(language, 'passwordReset.intro', values),
      phrase(language, 'passwordReset.button'),
      fill(language, 'passwordReset.expiry', values),
      phrase(language, 'passwordReset.ignore'),
      phrase(language, 'common.linkFallback'),
      reset.resetUrl,
    );
    expectHref(email, reset.resetUrl);
  });

  it('says how long the link lasts, in words of the language', async () => {
    const cases: [EmailLanguage, number, string][] = [
      ['en', 1, '1 minute'],
      ['en', 45, '45 minutes'],
      ['en', 60, '1 hour'],
      ['en', 90, '90 minutes'],
      ['en', 1440, '24 hours'],
      ['fr', 30, minutes('fr', 30)],
      ['de', 120, hours('de', 2)],
      ['nl', 15, minutes('nl', 15)],
    ];
    for (const [language, expiresInMinutes, duration] of cases) {
      const email = await renderEmail('password-reset', { ...reset, expiresInMinutes }, language);
      expect(email.text).toContain(fill(language, 'passwordReset.expiry', { duration }));
    }
  });

  it('reads naturally in English and French', async () => {
    const en = await renderEmail('password-reset', reset, 'en');
    expect(en.text).toContain('This link can only be used once and expires in 30 minutes.');
    expect(en.text).toContain('If you did not ask for this, ignore this email: your password stays unchanged.');
    const fr = await renderEmail('password-reset', reset, 'fr');
    expect(fr.text).toContain('expire dans 30 minutes');
    expect(fr.text).toContain('votre mot de passe reste inchangé');
  });
});

describe('registration-received', () => {
  it.each(EMAIL_LANGUAGES)('renders in %s', async (language) => {
    const email = await renderEmail('registration-received', received, language);
    const values = { supplier: SUPPLIER, company: received.companyName, contact: received.contactName };
    expect(email.language).toBe(language);
    expect(email.subject).toBe(fill(language, 'registrationReceived.subject', values));
    const html = decode(email.html);
    expect(html).toContain(phrase(language, 'registrationReceived.heading'));
    // Table labels are upper-cased in the text version, so they are checked in the HTML.
    for (const key of ['companyLabel', 'contactLabel', 'emailLabel', 'phoneLabel', 'vatNumberLabel', 'addressLabel']) {
      expect(html).toContain(`>${phrase(language, `registrationReceived.${key}`)}</th>`);
    }
    expectInBoth(
      email,
      fill(language, 'registrationReceived.intro', values),
      phrase(language, 'registrationReceived.messageLabel'),
      phrase(language, 'registrationReceived.nextStep'),
      phrase(language, 'registrationReceived.button'),
      fill(language, 'common.staffFooter', { supplier: SUPPLIER }),
      received.companyName,
      received.contactName,
      received.email,
      received.phone!,
      received.vatNumber!,
      'Rue Haute 45',
      '1000 Bruxelles',
      'nous aimerions commander vos farines.',
      received.reviewUrl,
    );
    expectInNeither(email, fill(language, 'common.footer', { supplier: SUPPLIER }));
    expectHref(email, received.reviewUrl);
  });

  it('keeps the line breaks of the address and the message', async () => {
    const email = await renderEmail('registration-received', received, 'en');
    expect(email.html).toContain('Rue Haute 45<br/>1000 Bruxelles');
    expect(email.html).toContain('Bonjour,<br/>nous aimerions commander vos farines.');
  });

  it('leaves out the details that were not given', async () => {
    const bare = { ...received, phone: null, vatNumber: undefined, address: '   ', message: null };
    const email = await renderEmail('registration-received', bare, 'en');
    const html = decode(email.html);
    for (const key of ['phoneLabel', 'vatNumberLabel', 'addressLabel']) {
      expect(html).not.toContain(`>${phrase('en', `registrationReceived.${key}`)}</th>`);
    }
    expectInNeither(email, phrase('en', 'registrationReceived.messageLabel'), 'Rue Haute', received.phone!, received.vatNumber!);
    expectInBoth(email, received.companyName, received.contactName, received.email, received.reviewUrl);
  });

  it('shows what the applicant typed as text, never as markup', async () => {
    const email = await renderEmail(
      'registration-received',
      { ...received, companyName: 'Duval & Fils <b>', message: '<script>alert(1)</script>' },
      'en',
    );
    expect(email.subject).toBe('New access request from Duval & Fils <b>');
    expect(email.html).not.toContain('<script>');
    expect(email.html).not.toContain('<b>');
    expect(email.html).toContain('&lt;script&gt;');
    expect(email.html).not.toContain('&amp;amp;');
  });

  it('reads naturally in French', async () => {
    const email = await renderEmail('registration-received', received, 'fr');
    expect(email.subject).toBe('Nouvelle demande d’accès de Épicerie Fine Duval');
    expect(email.html).toContain('Examiner la demande');
    expect(email.html).toContain('Numéro de TVA');
  });
});

describe('registration-approved', () => {
  it.each(EMAIL_LANGUAGES)('renders in %s', async (language) => {
    const email = await renderEmail('registration-approved', approved, language);
    const names = { supplier: SUPPLIER, company: approved.companyName };
    expect(email.language).toBe(language);
    expect(email.subject).toBe(fill(language, 'registrationApproved.subject', names));
    expect(decode(email.html)).toContain(phrase(language, 'registrationApproved.heading'));
    expectInBoth(
      email,
      fill(language, 'registrationApproved.intro', names),
      phrase(language, 'registrationApproved.button'),
      phrase(language, 'registrationApproved.credentialsTitle'),
      phrase(language, 'registrationApproved.firstSignIn'),
      phrase(language, 'registrationApproved.spamHint'),
      fill(language, 'common.footer', { supplier: SUPPLIER }),
      approved.loginUrl,
      approved.username,
      approved.temporaryPassword,
    );
    expect(email.text).toContain(`${phrase(language, 'registrationApproved.usernameLabel')} ${approved.username}`);
    expect(email.text).toContain(
      `${phrase(language, 'registrationApproved.temporaryPasswordLabel')} ${approved.temporaryPassword}`,
    );
    expectHref(email, approved.loginUrl);
  });

  it('reads naturally in Portuguese (Portugal)', async () => {
    const email = await renderEmail('registration-approved', approved, 'pt');
    expect(email.subject).toBe('O seu pedido de acesso à loja Grossiste Martin foi aprovado');
    expect(email.text).toContain('Palavra-passe temporária: Wlc-7hT3-bN5q');
    expect(email.text).toContain('Nome de utilizador: marc@epicerie-duval.example');
  });
});

describe('registration-refused', () => {
  it.each(EMAIL_LANGUAGES)('renders in %s', async (language) => {
    const email = await renderEmail('registration-refused', refused, language);
    const names = { supplier: SUPPLIER, company: refused.companyName };
    expect(email.language).toBe(language);
    expect(email.subject).toBe(fill(language, 'registrationRefused.subject', names));
    expect(decode(email.html)).toContain(phrase(language, 'registrationRefused.heading'));
    expectInBoth(
      email,
      fill(language, 'registrationRefused.intro', names),
      fill(language, 'registrationRefused.contact', names),
      phrase(language, 'registrationRefused.reasonLabel'),
      refused.reason!,
      fill(language, 'common.signature', { supplier: SUPPLIER }),
    );
  });

  it.each([null, undefined, '', '  \n '])('has no reason block when the reason is %j', async (reason) => {
    const email = await renderEmail('registration-refused', { ...refused, reason }, 'en');
    expectInNeither(email, phrase('en', 'registrationRefused.reasonLabel'));
    expectInBoth(email, fill('en', 'registrationRefused.contact', { supplier: SUPPLIER }));
  });

  it('holds no sign-in link or credentials', async () => {
    const email = await renderEmail('registration-refused', refused, 'en');
    expect(email.html).not.toContain('href=');
    expectInNeither(email, phrase('en', 'registrationApproved.credentialsTitle'));
  });

  it('reads naturally in German', async () => {
    const email = await renderEmail('registration-refused', refused, 'de');
    expect(email.subject).toBe('Ihre Zugangsanfrage für den Shop von Grossiste Martin');
    expect(email.text).toContain('Begründung:');
    expect(email.text).toContain('wenden Sie sich gerne direkt an Grossiste Martin');
  });
});

describe('access-pending-approval', () => {
  it.each(EMAIL_LANGUAGES)('renders in %s', async (language) => {
    const email = await renderEmail('access-pending-approval', pending, language);
    const values = { supplier: SUPPLIER, customer: CUSTOMER, email: pending.email };
    expect(email.language).toBe(language);
    expect(email.subject).toBe(fill(language, 'accessPendingApproval.subject', values));
    const html = decode(email.html);
    expect(html).toContain(phrase(language, 'accessPendingApproval.heading'));
    expect(html).toContain(`>${phrase(language, 'accessPendingApproval.customerLabel')}</th>`);
    expect(html).toContain(`>${phrase(language, 'accessPendingApproval.emailLabel')}</th>`);
    expectInBoth(
      email,
      fill(language, 'accessPendingApproval.intro', values),
      phrase(language, 'accessPendingApproval.restriction'),
      phrase(language, 'accessPendingApproval.button'),
      fill(language, 'common.staffFooter', { supplier: SUPPLIER }),
      CUSTOMER,
      pending.email,
      pending.reviewUrl,
    );
    expectInNeither(email, fill(language, 'common.footer', { supplier: SUPPLIER }));
    expectHref(email, pending.reviewUrl);
  });

  it('reads naturally in Dutch', async () => {
    const email = await renderEmail('access-pending-approval', pending, 'nl');
    expect(email.subject).toBe('Winkeltoegang wacht op goedkeuring: Boulangerie Léa');
    expect(email.html).toContain('Toegang bekijken');
  });
});

describe('order-status-changed', () => {
  const combos = EMAIL_LANGUAGES.flatMap((language) =>
    ORDER_STATUS_CHANGED_STATUSES.map((status) => [language, status] as const),
  );

  it.each(combos)('renders in %s for %s', async (language, status) => {
    const email = await renderEmail('order-status-changed', { ...statusChange, status }, language);
    const values = { supplier: SUPPLIER, customer: CUSTOMER, number: statusChange.orderNumber };
    expect(email.language).toBe(language);
    expect(email.subject).toBe(fill(language, `orderStatusChanged.subject.${status}`, values));
    expect(email.subject).toContain(statusChange.orderNumber);
    expect(decode(email.html)).toContain(phrase(language, 'orderStatusChanged.heading'));
    const details: [string, string][] = [
      [phrase(language, 'orderStatusChanged.orderNumberLabel'), statusChange.orderNumber],
      [phrase(language, 'orderStatusChanged.statusLabel'), phrase(language, `orderStatusChanged.status.${status}`)],
      [phrase(language, 'orderStatusChanged.dateLabel'), dateTime(language, statusChange.changedAt)],
    ];
    for (const [label, value] of details) {
      expect(email.text).toContain(`${label} ${value}`);
      expect(decode(email.html)).toContain(`${label}<!-- --> <strong>${value}</strong>`);
    }
    expectInBoth(
      email,
      fill(language, `orderStatusChanged.intro.${status}`, values),
      phrase(language, 'orderStatusChanged.reasonLabel'),
      statusChange.reason!,
      phrase(language, 'orderStatusChanged.button'),
      fill(language, 'orderStatusChanged.questions', values),
      statusChange.orderUrl,
    );
    // Only this status's wording, not another's.
    for (const other of ORDER_STATUS_CHANGED_STATUSES.filter((s) => s !== status)) {
      expectInNeither(email, fill(language, `orderStatusChanged.intro.${other}`, values));
    }
    expectHref(email, statusChange.orderUrl);
  });

  it.each([null, undefined, '', '   '])('has no reason block when the reason is %j', async (reason) => {
    const email = await renderEmail('order-status-changed', { ...statusChange, status: 'SHIPPED', reason }, 'en');
    expectInNeither(email, phrase('en', 'orderStatusChanged.reasonLabel'));
    expect(email.text).toContain('New status: Shipped');
    expectInBoth(email, statusChange.orderNumber, fill('en', 'orderStatusChanged.intro.SHIPPED', {
      supplier: SUPPLIER,
      customer: CUSTOMER,
      number: statusChange.orderNumber,
    }));
  });

  it('reads naturally in French and Spanish', async () => {
    const fr = await renderEmail('order-status-changed', statusChange, 'fr');
    expect(fr.subject).toBe('Commande SO-000123 refusée');
    expect(fr.text).toContain('Nouveau statut : Refusée');
    expect(fr.text).toContain('Motif :');
    expect(fr.text).toContain('Farine T65 en rupture jusqu’au 20 juin.');
    const es = await renderEmail('order-status-changed', { ...statusChange, status: 'DELIVERED', reason: null }, 'es');
    expect(es.subject).toBe('Pedido SO-000123 entregado');
    expect(es.text).toContain('Nuevo estado: Entregado');
  });
});

describe('the access lifecycle (issue 17, H1)', () => {
  const granted = { supplierName: 'Grossiste Martin', customerName: 'Boulangerie Léa', loginUrl: 'https://store.example.test/sign-in', username: 'lea@boulangerie.example', temporaryPassword: 'Tmp9xK2pQ7wA' };

  it.each(EMAIL_LANGUAGES)('a pending access says it awaits approval, not "order now" (%s)', async (language) => {
    const t = (key: string) => flatten(locales[language])[key]!.replace(/{{\s*supplier\s*}}/g, granted.supplierName).replace(/{{\s*customer\s*}}/g, granted.customerName);
    const pending = await renderEmail('access-granted', { ...granted, pendingApproval: true }, language);
    expect(pending.text).toContain(t('accessGranted.pendingIntro'));
    expect(pending.text).not.toContain(t('accessGranted.intro'));
    const approved = await renderEmail('access-approved', { supplierName: granted.supplierName, customerName: granted.customerName, loginUrl: granted.loginUrl }, language);
    expect(approved.text).toContain(t('accessApproved.intro'));
    expect(approved.html).toContain('href="https://store.example.test/sign-in"');
  });
});
