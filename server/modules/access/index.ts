// The access module's public surface: other modules and the composition root import only this.
export { ApiScope, ApiToken } from './entities/api-token.entity.js';
export { AuthSession } from './entities/auth-session.entity.js';
export { PasswordReset } from './entities/password-reset.entity.js';
export { ShopUser } from './entities/shop-user.entity.js';
export { StaffRole, StaffUser } from './entities/staff-user.entity.js';
export { StoreAccess, StoreAccessStatus } from './entities/store-access.entity.js';
export { normalizeEmail } from './auth.service.js';
export { createAuth, sessionKey } from './auth/lucia.js';
export type { Auth } from './auth/lucia.js';
export { consumeClientQuota, tooManyAttempts } from './auth/throttle.js';
export { registerPasswordResetJobs } from './password-reset.service.js';
export { generateTemporaryPassword, hashGeneratedPassword, hashPassword } from './auth/password.js';
export { ViewerCache, listenForViewerChanges } from './auth/viewer-cache.js';
export { accessesLoader, countPendingAccesses, createAccess, pendingAccesses } from './store-access.service.js';
export { resolveViewer, taskStaffViewer } from './viewer.js';
