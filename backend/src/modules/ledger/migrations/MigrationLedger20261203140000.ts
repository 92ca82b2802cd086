import { Migration } from "@medusajs/framework/mikro-orm/migrations"

// The household ledger: income entries, payout rules, monthly closes.

export class MigrationLedger20261203140000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table if not exists "ledger_entry" ("id" text not null, "key" text not null, "seller_id" text not null, "member_id" text not null, "kind" text check ("kind" in ('lot_sale', 'contract_purchase', 'reversal')) not null, "source_type" text check ("source_type" in ('order_line', 'lot')) not null, "source_id" text not null, "lot_id" text null, "order_id" text null, "reverses_id" text null, "amount_fen" numeric not null, "month" text not null, "status" text check ("status" in ('open', 'closed', 'paid')) not null default 'open', "posted_at" timestamptz not null, "paid_at" timestamptz null, "payment_reference" text null, "raw_amount_fen" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ledger_entry_pkey" primary key ("id"));`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ledger_entry_key_unique" ON "ledger_entry" ("key") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ledger_entry_seller_id_month" ON "ledger_entry" ("seller_id", "month") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ledger_entry_member_id_month" ON "ledger_entry" ("member_id", "month") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ledger_entry_lot_id" ON "ledger_entry" ("lot_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ledger_entry_order_id" ON "ledger_entry" ("order_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ledger_entry_deleted_at" ON "ledger_entry" ("deleted_at") WHERE deleted_at IS NULL;`)

    this.addSql(`create table if not exists "ledger_close" ("id" text not null, "seller_id" text not null, "month" text not null, "closed_by" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ledger_close_pkey" primary key ("id"));`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ledger_close_seller_id_month_unique" ON "ledger_close" ("seller_id", "month") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ledger_close_deleted_at" ON "ledger_close" ("deleted_at") WHERE deleted_at IS NULL;`)

    this.addSql(`create table if not exists "payout_rule" ("id" text not null, "seller_id" text not null, "kind" text check ("kind" in ('surplus_return', 'contract_price', 'own_sales')) not null, "rate" text null, "price_per_kg_fen" integer null, "set_by" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "payout_rule_pkey" primary key ("id"));`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_payout_rule_seller_id_unique" ON "payout_rule" ("seller_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_rule_deleted_at" ON "payout_rule" ("deleted_at") WHERE deleted_at IS NULL;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ledger_entry" cascade;`)
    this.addSql(`drop table if exists "ledger_close" cascade;`)
    this.addSql(`drop table if exists "payout_rule" cascade;`)
  }
}
