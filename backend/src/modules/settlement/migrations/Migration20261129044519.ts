import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129044519 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "settlement_entry" drop constraint if exists "settlement_entry_order_id_kind_reference_unique";`);
    this.addSql(`create table if not exists "settlement_entry" ("id" text not null, "seller_id" text not null, "order_id" text not null, "purchase_order_id" text null, "kind" text check ("kind" in ('sale', 'refund')) not null, "reference" text not null, "currency_code" text not null, "amount" numeric not null, "fee" numeric not null, "fee_rate" text not null, "occurred_at" timestamptz not null, "raw_amount" jsonb not null, "raw_fee" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "settlement_entry_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_settlement_entry_deleted_at" ON "settlement_entry" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_settlement_entry_order_id_kind_reference_unique" ON "settlement_entry" ("order_id", "kind", "reference") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_settlement_entry_seller_id_occurred_at" ON "settlement_entry" ("seller_id", "occurred_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_settlement_entry_occurred_at" ON "settlement_entry" ("occurred_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "settlement_entry" cascade;`);
  }

}
