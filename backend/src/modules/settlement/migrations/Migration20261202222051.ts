import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261202222051 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "settlement_referral" drop constraint if exists "settlement_referral_order_id_unique";`);
    this.addSql(`create table if not exists "settlement_referral" ("id" text not null, "seller_id" text not null, "order_id" text not null, "partner_point_id" text not null, "currency_code" text not null, "base" numeric not null, "rate" text not null, "amount" numeric not null, "occurred_at" timestamptz not null, "raw_base" jsonb not null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "settlement_referral_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_settlement_referral_deleted_at" ON "settlement_referral" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_settlement_referral_order_id_unique" ON "settlement_referral" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_settlement_referral_seller_id_occurred_at" ON "settlement_referral" ("seller_id", "occurred_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_settlement_referral_partner_point_id" ON "settlement_referral" ("partner_point_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "settlement_referral" cascade;`);
  }

}
