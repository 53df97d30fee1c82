/** The demo logins the README and the start banner print. */
export const DEMO_LOGINS = {
  admin: { email: 'admin@comptoir.test', password: 'admin1234' },
  sales: { email: 'sales@comptoir.test', password: 'sales1234' },
  buyer: { email: 'buyer@bistro-lumiere.test', password: 'buyer1234' },
} as const;
