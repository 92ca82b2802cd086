import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261203015146 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "settlement_receipt" drop constraint if exists "settlement_receipt_order_id_unique";`);
    this.addSql(`alter table if exists "settlement_payout_item" drop constraint if exists "settlement_payout_item_bank_reference_unique";`);
    this.addSql(`alter table if exists "settlement_payout_item" drop constraint if exists "settlement_payout_item_batch_id_seller_id_unique";`);
    this.addSql(`alter table if exists "settlement_payout_batch" drop constraint if exists "settlement_payout_batch_idempotency_key_unique";`);
    this.addSql(`alter table if exists "settlement_payout_account" drop constraint if exists "settlement_payout_account_seller_id_unique";`);
    this.addSql(`alter table if exists "settlement_hold" drop constraint if exists "settlement_hold_order_id_unique";`);
    this.addSql(`alter table if exists "settlement_balance_entry" drop constraint if exists "settlement_balance_entry_key_unique";`);
    this.addSql(`create table if not exists "settlement_balance_entry" ("id" text not null, "seller_id" text not null, "order_id" text not null, "currency_code" text not null, "kind" text check ("kind" in ('sale', 'refund', 'referral', 'release', 'payout', 'payout_failed')) not null, "from_bucket" text check ("from_bucket" in ('pending', 'available', 'paid')) null, "to_bucket" text check ("to_bucket" in ('pending', 'available', 'paid')) null, "amount" numeric not null, "payout_item_id" text null, "key" text not null, "occurred_at" timestamptz not null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "settlement_balance_entry_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_settlement_balance_entry_deleted_at" ON "settlement_balance_entry" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_settlement_balance_entry_key_unique" ON "settlement_balance_entry" ("key") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_settlement_balance_entry_seller_id_currency_code" ON "settlement_balance_entry" ("seller_id", "currency_code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_settlement_balance_entry_order_id" ON "settlement_balance_entry" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_settlement_balance_entry_payout_item_id" ON "settlement_balance_entry" ("payout_item_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "settlement_hold" ("id" text not null, "seller_id" text not null, "order_id" text not null, "reason" text not null, "held_by" text not null, "released_at" timestamptz null, "released_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "settlement_hold_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_settlement_hold_deleted_at" ON "settlement_hold" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_settlement_hold_order_id_unique" ON "settlement_hold" ("order_id") WHERE released_at IS NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_settlement_hold_seller_id" ON "settlement_hold" ("seller_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "settlement_payout_account" ("id" text not null, "seller_id" text not null, "method" text check ("method" in ('bank', 'alipay')) not null, "holder_name" text not null, "bank_name" text null, "account_number_encrypted" text not null, "account_last4" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "settlement_payout_account_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_settlement_payout_account_deleted_at" ON "settlement_payout_account" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_settlement_payout_account_seller_id_unique" ON "settlement_payout_account" ("seller_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "settlement_payout_batch" ("id" text not null, "idempotency_key" text not null, "currency_code" text not null, "minimum_payout" numeric not null, "total" numeric not null, "created_by" text not null, "raw_minimum_payout" jsonb not null, "raw_total" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "settlement_payout_batch_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_settlement_payout_batch_deleted_at" ON "settlement_payout_batch" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_settlement_payout_batch_idempotency_key_unique" ON "settlement_payout_batch" ("idempotency_key") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "settlement_payout_item" ("id" text not null, "batch_id" text not null, "seller_id" text not null, "amount" numeric not null, "status" text check ("status" in ('pending', 'paid', 'failed')) not null default 'pending', "method" text check ("method" in ('bank', 'alipay')) not null, "holder_name" text not null, "bank_name" text null, "account_number_encrypted" text not null, "account_last4" text not null, "bank_reference" text null, "failure_reason" text null, "settled_at" timestamptz null, "settled_by" text null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "settlement_payout_item_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_settlement_payout_item_batch_id" ON "settlement_payout_item" ("batch_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_settlement_payout_item_deleted_at" ON "settlement_payout_item" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_settlement_payout_item_batch_id_seller_id_unique" ON "settlement_payout_item" ("batch_id", "seller_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_settlement_payout_item_bank_reference_unique" ON "settlement_payout_item" ("bank_reference") WHERE bank_reference IS NOT NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_settlement_payout_item_seller_id" ON "settlement_payout_item" ("seller_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "settlement_payout_settings" ("id" text not null, "release_after_days" integer not null, "minimum_payout" numeric not null, "raw_minimum_payout" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "settlement_payout_settings_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_settlement_payout_settings_deleted_at" ON "settlement_payout_settings" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "settlement_receipt" ("id" text not null, "seller_id" text not null, "order_id" text not null, "source" text check ("source" in ('buyer', 'auto', 'station')) not null, "confirmed_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "settlement_receipt_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_settlement_receipt_deleted_at" ON "settlement_receipt" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_settlement_receipt_order_id_unique" ON "settlement_receipt" ("order_id") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "settlement_payout_item" add constraint "settlement_payout_item_batch_id_foreign" foreign key ("batch_id") references "settlement_payout_batch" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "settlement_payout_item" drop constraint if exists "settlement_payout_item_batch_id_foreign";`);

    this.addSql(`drop table if exists "settlement_balance_entry" cascade;`);

    this.addSql(`drop table if exists "settlement_hold" cascade;`);

    this.addSql(`drop table if exists "settlement_payout_account" cascade;`);

    this.addSql(`drop table if exists "settlement_payout_batch" cascade;`);

    this.addSql(`drop table if exists "settlement_payout_item" cascade;`);

    this.addSql(`drop table if exists "settlement_payout_settings" cascade;`);

    this.addSql(`drop table if exists "settlement_receipt" cascade;`);
  }

}
