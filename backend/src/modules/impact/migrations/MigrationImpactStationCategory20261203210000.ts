import { Migration } from "@medusajs/framework/mikro-orm/migrations"

// Station figures by category too (models/impact-station.ts): the rows kept so far are every category's ("*"); the
// next refresh of their months adds the per-category rows.
export class MigrationImpactStationCategory20261203210000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "impact_station" add column if not exists "category" text not null default '*';`)
    this.addSql(`drop index if exists "IDX_impact_station_month_index";`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_impact_station_category_month_index" ON "impact_station" ("category", "month_index") WHERE deleted_at IS NULL;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_impact_station_category_month_index";`)
    this.addSql(`alter table if exists "impact_station" drop column if exists "category";`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_impact_station_month_index" ON "impact_station" ("month_index") WHERE deleted_at IS NULL;`)
  }
}
