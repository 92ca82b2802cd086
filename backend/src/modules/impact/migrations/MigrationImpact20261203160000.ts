import { Migration } from "@medusajs/framework/mikro-orm/migrations"

// The impact rollups. Written and read in bulk SQL by the service, so the raw_* columns of the money figures stay null.
const common = `"created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null`
const money = (name: string) => `"${name}" numeric not null default 0, "raw_${name}" jsonb null`

export class MigrationImpact20261203160000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table if not exists "impact_sales" ("id" text not null, "month_index" integer not null, "town" text not null, "category" text not null, "seller_type" text not null, ${money("sales_fen")}, "orders" integer not null, "parcels" integer not null, ${common}, constraint "impact_sales_pkey" primary key ("id"));`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_impact_sales_category_month_index" ON "impact_sales" ("category", "month_index") WHERE deleted_at IS NULL;`)
    this.addSql(`create table if not exists "impact_income" ("id" text not null, "month_index" integer not null, "town" text not null, "category" text not null, "seller_type" text not null, "poor" boolean not null, "households" integer not null, ${money("income_fen")}, ${common}, constraint "impact_income_pkey" primary key ("id"));`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_impact_income_category_month_index" ON "impact_income" ("category", "month_index") WHERE deleted_at IS NULL;`)
    this.addSql(`create table if not exists "impact_household" ("id" text not null, "year" integer not null, "member_id" text not null, "town" text not null, "category" text not null, "seller_type" text not null, "poor" boolean not null, "months" integer not null, ${common}, constraint "impact_household_pkey" primary key ("id"));`)
    // Covering: the dashboard's distinct-household counts read only this index.
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_impact_household_category_year" ON "impact_household" ("category", "year") INCLUDE ("member_id", "months", "poor", "town", "seller_type") WHERE deleted_at IS NULL;`)
    this.addSql(`create table if not exists "impact_station" ("id" text not null, "month_index" integer not null, "town" text not null, "intakes" integer not null, ${money("intake_fen")}, "assisted_orders" integer not null, ${money("assisted_fen")}, ${common}, constraint "impact_station_pkey" primary key ("id"));`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_impact_station_month_index" ON "impact_station" ("month_index") WHERE deleted_at IS NULL;`)
    this.addSql(`create table if not exists "impact_logistics" ("id" text not null, "month_index" integer not null, "runs" integer not null, "parcels" integer not null, ${money("saved_fen")}, ${common}, constraint "impact_logistics_pkey" primary key ("id"));`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_impact_logistics_month_index" ON "impact_logistics" ("month_index") WHERE deleted_at IS NULL;`)
  }

  override async down(): Promise<void> {
    for (const table of ["impact_sales", "impact_income", "impact_household", "impact_station", "impact_logistics"]) this.addSql(`drop table if exists "${table}" cascade;`)
  }
}
