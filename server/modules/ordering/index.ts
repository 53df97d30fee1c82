// The ordering module's public surface: other modules and the composition root import only this.
export { Cart, CartLine } from './entities/cart.entity.js';
export { OrderDocument } from './entities/order-document.entity.js';
export { OrderEvent } from './entities/order-event.entity.js';
export { Order, OrderLine, OrderStatus } from './entities/order.entity.js';
export { ShopUserCustomerSwitchInput } from './dto/checkout.dto.js';
export { orderDocumentRoutes } from './order-document.routes.js';
export { orderPdfRoutes } from './pdf/order-pdf.routes.js';
export { renderOrderDocument, orderPdfFileName, DELIVERY_NOTE_STATUSES, orderPdfData } from './pdf/order-pdf.service.js';
export { renderOrderPdf } from './pdf/order-pdf.js';
export type { OrderPdfRequest } from './pdf/order-pdf.service.js';
export { getOrder } from './order.service.js';
export { OrderPlacedEvent } from './events/order-placed.event.js';
export { OrderStatusChangedEvent } from './events/order-status-changed.event.js';
export { ShippingCostChangedEvent } from './events/shipping-cost-changed.event.js';
export { orderExport } from './order-export.js';
export type { OrderExportFilter } from './order-export.js';
export { orderEmailTax, TaxLine } from './order-tax.js';
