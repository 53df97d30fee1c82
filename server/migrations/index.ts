// Every migration, in order. Listed explicitly so tsx, vitest and the tsc build load them the same
// way (no file globbing, which silently finds nothing under some loaders). Add new ones here.
// Generated diffs want to drop the hand-made index on product_tag(tag_id) (pivot tables have no
// entity to declare it on) and the generated column product.name_words (migration product_words,
// read by the name search only): remove those lines from new migrations.
import { Migration20261123000000_initial } from './Migration20261123000000_initial.js';
import { Migration20261123010000_access_management } from './Migration20261123010000_access_management.js';
import { Migration20261123020000_catalog_view_as_client } from './Migration20261123020000_catalog_view_as_client.js';
import { Migration20261124000000_catalog_admin_import } from './Migration20261124000000_catalog_admin_import.js';
import { Migration20261124010000_catalog_search } from './Migration20261124010000_catalog_search.js';
import { Migration20261125000000_cart_checkout } from './Migration20261125000000_cart_checkout.js';
import { Migration20261125100000_order_workflow_activity } from './Migration20261125100000_order_workflow_activity.js';
import { Migration20261125300000_catalog_words } from './Migration20261125300000_catalog_words.js';
import { Migration20261202000000_product_words } from './Migration20261202000000_product_words.js';
import { Migration20261202100000_viewer_notify } from './Migration20261202100000_viewer_notify.js';
import { Migration20261203010000_hashed_sessions } from './Migration20261203010000_hashed_sessions.js';
import { Migration20261203020000_rate_limit } from './Migration20261203020000_rate_limit.js';
import { Migration20261203030000_task_heartbeat_email_retry } from './Migration20261203030000_task_heartbeat_email_retry.js';
import { Migration20261203080000_erp_pull } from './Migration20261203080000_erp_pull.js';
import { Migration20261203120000_pending_approval_recipients } from './Migration20261203120000_pending_approval_recipients.js';
import { Migration20261204020000_webhooks } from './Migration20261204020000_webhooks.js';
import { Migration20261204030000_tax } from './Migration20261204030000_tax.js';
import { Migration20261204040000_letterhead } from './Migration20261204040000_letterhead.js';
import { Migration20261204050000_audit_trail } from './Migration20261204050000_audit_trail.js';
import { Migration20261204070000_dashboard_indexes } from './Migration20261204070000_dashboard_indexes.js';
import { Migration20261205050000_pdf_attachments } from './Migration20261205050000_pdf_attachments.js';
import { Migration20261205060000_catalog_translations } from './Migration20261205060000_catalog_translations.js';
import { Migration20261205070000_access_language_audit } from './Migration20261205070000_access_language_audit.js';
import { Migration20261205080000_cart_request_keys } from './Migration20261205080000_cart_request_keys.js';
import { Migration20261205090000_dashboard_rollup } from './Migration20261205090000_dashboard_rollup.js';
import { Migration20261205120000_record_change_audit } from './Migration20261205120000_record_change_audit.js';
import { Migration20261206010000_quantity_rules } from './Migration20261206010000_quantity_rules.js';
import { Migration20261206020000_catalog_word_counts } from './Migration20261206020000_catalog_word_counts.js';
import { Migration20261206030000_order_lists } from './Migration20261206030000_order_lists.js';
import { Migration20261206060000_brazilian_portuguese } from './Migration20261206060000_brazilian_portuguese.js';
import { Migration20261206070000_submitted_orders_index } from './Migration20261206070000_submitted_orders_index.js';
import { Migration20261206080000_natural_name_order } from './Migration20261206080000_natural_name_order.js';
import { Migration20261207010000_customers_upserted_audit } from './Migration20261207010000_customers_upserted_audit.js';
import { Migration20261207030000_email_attachment_bytes } from './Migration20261207030000_email_attachment_bytes.js';
import { Migration20261207040000_quotes } from './Migration20261207040000_quotes.js';

export const migrationsList = [
  { name: 'Migration20261123000000_initial', class: Migration20261123000000_initial },
  { name: 'Migration20261123010000_access_management', class: Migration20261123010000_access_management },
  { name: 'Migration20261123020000_catalog_view_as_client', class: Migration20261123020000_catalog_view_as_client },
  { name: 'Migration20261124000000_catalog_admin_import', class: Migration20261124000000_catalog_admin_import },
  { name: 'Migration20261124010000_catalog_search', class: Migration20261124010000_catalog_search },
  { name: 'Migration20261125000000_cart_checkout', class: Migration20261125000000_cart_checkout },
  { name: 'Migration20261125100000_order_workflow_activity', class: Migration20261125100000_order_workflow_activity },
  { name: 'Migration20261125300000_catalog_words', class: Migration20261125300000_catalog_words },
  { name: 'Migration20261202000000_product_words', class: Migration20261202000000_product_words },
  { name: 'Migration20261202100000_viewer_notify', class: Migration20261202100000_viewer_notify },
  { name: 'Migration20261203010000_hashed_sessions', class: Migration20261203010000_hashed_sessions },
  { name: 'Migration20261203020000_rate_limit', class: Migration20261203020000_rate_limit },
  { name: 'Migration20261203030000_task_heartbeat_email_retry', class: Migration20261203030000_task_heartbeat_email_retry },
  { name: 'Migration20261203080000_erp_pull', class: Migration20261203080000_erp_pull },
  { name: 'Migration20261203120000_pending_approval_recipients', class: Migration20261203120000_pending_approval_recipients },
  { name: 'Migration20261204020000_webhooks', class: Migration20261204020000_webhooks },
  { name: 'Migration20261204030000_tax', class: Migration20261204030000_tax },
  { name: 'Migration20261204040000_letterhead', class: Migration20261204040000_letterhead },
  { name: 'Migration20261204050000_audit_trail', class: Migration20261204050000_audit_trail },
  { name: 'Migration20261204070000_dashboard_indexes', class: Migration20261204070000_dashboard_indexes },
  { name: 'Migration20261205050000_pdf_attachments', class: Migration20261205050000_pdf_attachments },
  { name: 'Migration20261205060000_catalog_translations', class: Migration20261205060000_catalog_translations },
  { name: 'Migration20261205070000_access_language_audit', class: Migration20261205070000_access_language_audit },
  { name: 'Migration20261205080000_cart_request_keys', class: Migration20261205080000_cart_request_keys },
  { name: 'Migration20261205090000_dashboard_rollup', class: Migration20261205090000_dashboard_rollup },
  { name: 'Migration20261205120000_record_change_audit', class: Migration20261205120000_record_change_audit },
  { name: 'Migration20261206010000_quantity_rules', class: Migration20261206010000_quantity_rules },
  { name: 'Migration20261206020000_catalog_word_counts', class: Migration20261206020000_catalog_word_counts },
  { name: 'Migration20261206030000_order_lists', class: Migration20261206030000_order_lists },
  { name: 'Migration20261206060000_brazilian_portuguese', class: Migration20261206060000_brazilian_portuguese },
  { name: 'Migration20261206070000_submitted_orders_index', class: Migration20261206070000_submitted_orders_index },
  { name: 'Migration20261206080000_natural_name_order', class: Migration20261206080000_natural_name_order },
  { name: 'Migration20261207010000_customers_upserted_audit', class: Migration20261207010000_customers_upserted_audit },
  { name: 'Migration20261207030000_email_attachment_bytes', class: Migration20261207030000_email_attachment_bytes },
  { name: 'Migration20261207040000_quotes', class: Migration20261207040000_quotes },
];
