import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261203015147 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "settlement_referral" drop constraint if exists "settlement_referral_order_id_reference_unique";`);
    this.addSql(`drop index if exists "IDX_settlement_referral_order_id_unique";`);

    this.addSql(`alter table if exists "settlement_referral" add column if not exists "kind" text check ("kind" in ('referral', 'reversal')) not null default 'referral', add column if not exists "reference" text not null default 'sale';`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_settlement_referral_order_id_reference_unique" ON "settlement_referral" ("order_id", "reference") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_settlement_referral_order_id_reference_unique";`);
    this.addSql(`alter table if exists "settlement_referral" drop column if exists "kind", drop column if exists "reference";`);

    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_settlement_referral_order_id_unique" ON "settlement_referral" ("order_id") WHERE deleted_at IS NULL;`);
  }

}
