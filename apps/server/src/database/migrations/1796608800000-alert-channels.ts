import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notification channels and rule routing (#15 items 4, 5, 8): webhook endpoints become channels of a kind
 * (signed WEBHOOK, SLACK incoming webhook, EMAIL to fixed addresses), optionally of one department so its head
 * manages them; rules name their owner as a user and the channels they route to; a digest goes to a user's own
 * address, and a delivery to such an address has no endpoint.
 */
export class AlertChannels1796608800000 implements MigrationInterface {
  name = 'AlertChannels1796608800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE webhook_endpoint
      ADD COLUMN kind text NOT NULL DEFAULT 'WEBHOOK' CHECK (kind IN ('WEBHOOK', 'SLACK', 'EMAIL')),
      ADD COLUMN department text,
      ADD COLUMN recipients text[] NOT NULL DEFAULT '{}',
      ALTER COLUMN url DROP NOT NULL,
      ADD CONSTRAINT webhook_endpoint_target_check CHECK (CASE WHEN kind = 'EMAIL' THEN cardinality(recipients) > 0 ELSE url IS NOT NULL END)`);
    await q.query(`ALTER TABLE webhook_delivery
      ALTER COLUMN endpoint_id DROP NOT NULL,
      ADD COLUMN recipient text,
      ADD CONSTRAINT webhook_delivery_target_check CHECK (endpoint_id IS NOT NULL OR recipient IS NOT NULL)`);
    await q.query(`ALTER TABLE alert_rule
      ADD COLUMN owner_user_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
      ADD COLUMN channel_ids uuid[] NOT NULL DEFAULT '{}'`);
    await q.query(`ALTER TABLE digest_subscription
      ADD COLUMN user_id uuid REFERENCES app_user(id) ON DELETE CASCADE,
      ADD COLUMN created_by uuid REFERENCES app_user(id) ON DELETE SET NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE digest_subscription DROP COLUMN created_by, DROP COLUMN user_id');
    await q.query('ALTER TABLE alert_rule DROP COLUMN channel_ids, DROP COLUMN owner_user_id');
    await q.query('DELETE FROM webhook_delivery WHERE endpoint_id IS NULL');
    await q.query('ALTER TABLE webhook_delivery DROP CONSTRAINT webhook_delivery_target_check, DROP COLUMN recipient, ALTER COLUMN endpoint_id SET NOT NULL');
    await q.query(`DELETE FROM webhook_endpoint WHERE kind <> 'WEBHOOK'`);
    await q.query('ALTER TABLE webhook_endpoint DROP CONSTRAINT webhook_endpoint_target_check, DROP COLUMN recipients, DROP COLUMN department, DROP COLUMN kind, ALTER COLUMN url SET NOT NULL');
  }
}
