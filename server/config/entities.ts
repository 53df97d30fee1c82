// Every entity, listed explicitly: no folder scanning, so tsx, vitest and tsc builds agree.
import { StaffUser, ShopUser, StoreAccess, AuthSession, ApiToken, PasswordReset } from '../modules/access/index.js';
import { Customer, Contact, DeliverySite } from '../modules/customers/index.js';
import { PriceLevel, TaxRate, StorageLocation, Brand, Manufacturer, Season, Tag, Product, ProductPrice, StockLevel, ProductImage, CatalogImportRow } from '../modules/catalog/index.js';
import { Task } from '../modules/tasks/index.js';
import { AuditEvent, CustomerActivity } from '../modules/activity/index.js';
import { RegistrationRequest } from '../modules/registration/index.js';
import { Cart, CartLine, Order, OrderLine, OrderDocument, OrderEvent, OrderList, OrderListLine, OrderListCustomer, Quote, QuoteLine, QuoteEvent } from '../modules/ordering/index.js';
import { StaffNotificationRead, OutboxEmail } from '../modules/notifications/index.js';
import { StoreSettings } from '../modules/settings/index.js';
import { WebhookEndpoint, WebhookDelivery } from '../modules/webhooks/index.js';
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
  TaxRate,
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
  OrderList,
  OrderListLine,
  OrderListCustomer,
  Quote,
  QuoteLine,
  QuoteEvent,
  Order,
  OrderLine,
  OrderDocument,
  OrderEvent,
  CustomerActivity,
  StaffNotificationRead,
  OutboxEmail,
  StoreSettings,
  WebhookEndpoint,
  WebhookDelivery,
];
