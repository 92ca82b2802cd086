import { Migration } from "@medusajs/framework/mikro-orm/migrations"

// 代销: station intakes, and the cash a station pays households for them in its cash book.
export class MigrationStationIntake20261203070000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table if not exists "station_intake" ("id" text not null, "receipt_number" text not null, "client_reference" text not null, "seller_id" text not null, "member_id" text not null, "product_id" text not null, "lot_id" text null, "quantity_kg" numeric not null, "raw_quantity_kg" jsonb not null, "grade_id" text not null, "grade_code" text not null, "price_per_kg_fen" integer not null, "amount_fen" integer not null, "currency_code" text not null, "paid" text check ("paid" in ('now', 'on_sale')) not null, "day" text not null, "recorded_by" text not null, "station_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "station_intake_pkey" primary key ("id"));`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_station_intake_station_id" ON "station_intake" ("station_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_station_intake_deleted_at" ON "station_intake" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_station_intake_station_id_receipt_number_unique" ON "station_intake" ("station_id", "receipt_number") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_station_intake_station_id_client_reference_unique" ON "station_intake" ("station_id", "client_reference") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_station_intake_station_id_day" ON "station_intake" ("station_id", "day") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_station_intake_seller_id" ON "station_intake" ("seller_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_station_intake_member_id" ON "station_intake" ("member_id") WHERE deleted_at IS NULL;`)
    this.addSql(`alter table if exists "station_intake" add constraint "station_intake_station_id_foreign" foreign key ("station_id") references "station" ("id") on update cascade;`)

    this.addSql(`alter table if exists "station_cash_entry" drop constraint if exists "station_cash_entry_kind_check";`)
    this.addSql(`alter table if exists "station_cash_entry" add constraint "station_cash_entry_kind_check" check ("kind" in ('received', 'remitted', 'paid_out'));`)
    this.addSql(`alter table if exists "station_cash_entry" add column if not exists "intake_id" text null;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_station_cash_entry_intake_id" ON "station_cash_entry" ("intake_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_station_cash_entry_intake_id_unique" ON "station_cash_entry" ("intake_id") WHERE intake_id IS NOT NULL AND deleted_at IS NULL;`)
    this.addSql(`alter table if exists "station_cash_entry" add constraint "station_cash_entry_intake_id_foreign" foreign key ("intake_id") references "station_intake" ("id") on update cascade on delete set null;`)
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "station_cash_entry" drop constraint if exists "station_cash_entry_intake_id_foreign";`)
    this.addSql(`drop index if exists "IDX_station_cash_entry_intake_id_unique";`)
    this.addSql(`drop index if exists "IDX_station_cash_entry_intake_id";`)
    this.addSql(`alter table if exists "station_cash_entry" drop column if exists "intake_id";`)
    this.addSql(`alter table if exists "station_cash_entry" drop constraint if exists "station_cash_entry_kind_check";`)
    this.addSql(`alter table if exists "station_cash_entry" add constraint "station_cash_entry_kind_check" check ("kind" in ('received', 'remitted'));`)
    this.addSql(`drop table if exists "station_intake" cascade;`)
  }
}
