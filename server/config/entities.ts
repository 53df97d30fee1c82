// Every entity, listed explicitly: no folder scanning, so tsx, vitest and tsc builds agree.
import { StaffUser } from '../modules/access/entities/staff-user.entity.js';
import { ShopUser } from '../modules/access/entities/shop-user.entity.js';
import { StoreAccess } from '../modules/access/entities/store-access.entity.js';
import { AuthSession } from '../modules/access/entities/auth-session.entity.js';
import { Customer } from '../modules/customers/entities/customer.entity.js';
import { Contact } from '../modules/customers/entities/contact.entity.js';
import { PriceLevel } from '../modules/catalog/entities/price-level.entity.js';
import { StorageLocation } from '../modules/catalog/entities/storage-location.entity.js';
import { Brand, Manufacturer, Season, Tag } from '../modules/catalog/entities/taxonomy.entity.js';
import { DeliverySite } from '../modules/customers/entities/delivery-site.entity.js';
import { ApiToken } from '../modules/access/entities/api-token.entity.js';
import { PasswordReset } from '../modules/access/entities/password-reset.entity.js';
import { Task } from '../modules/tasks/entities/task.entity.js';
import { AuditEvent } from '../modules/activity/entities/audit-event.entity.js';
import { RegistrationRequest } from '../modules/registration/entities/registration-request.entity.js';
import { Product } from '../modules/catalog/entities/product.entity.js';
import { ProductPrice } from '../modules/catalog/entities/product-price.entity.js';
import { StockLevel } from '../modules/catalog/entities/stock-level.entity.js';
import { ProductImage } from '../modules/catalog/entities/product-image.entity.js';
import { CatalogImportRow } from '../modules/catalog/entities/catalog-import-row.entity.js';
import { Cart, CartLine } from '../modules/ordering/entities/cart.entity.js';
import { Order, OrderLine } from '../modules/ordering/entities/order.entity.js';
import { OrderDocument } from '../modules/ordering/entities/order-document.entity.js';
import { OrderEvent } from '../modules/ordering/entities/order-event.entity.js';
import { CustomerActivity } from '../modules/activity/entities/customer-activity.entity.js';
import { StaffNotificationRead } from '../modules/notifications/entities/staff-notification-read.entity.js';
import { OutboxEmail } from '../modules/notifications/entities/outbox-email.entity.js';
import { StoreSettings } from '../modules/settings/entities/store-settings.entity.js';
import { BaseEntity } from '../common/base.entity.js';

export const entities = [
  BaseEntity,
  StaffUser,
  ShopUser,
  StoreAccess,
  AuthSession,
  Customer,
  Contact,
  PriceLevel,
  StorageLocation,
  Brand,
  Season,
  Tag,
  Manufacturer,
  DeliverySite,
  ApiToken,
  PasswordReset,
  Task,
  RegistrationRequest,
  AuditEvent,
  Product,
  ProductPrice,
  StockLevel,
  ProductImage,
  CatalogImportRow,
  Cart,
  CartLine,
  Order,
  OrderLine,
  OrderDocument,
  OrderEvent,
  CustomerActivity,
  StaffNotificationRead,
  OutboxEmail,
  StoreSettings,
];
