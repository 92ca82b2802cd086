import { Migration } from "@medusajs/framework/mikro-orm/migrations"
import { MAX_IMPACT_MONTHS } from "@luotian/contract"
import { reachSql } from "../rollup-sql"

// impact_reach: the households reached over any month range in one indexed read (models/impact-reach.ts). Filled here
// from the household-year rows already rolled up, so the dashboard's older ranges need no new refresh.
export class MigrationImpactReach20261203200000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table if not exists "impact_reach" ("id" text not null, "from_index" integer not null, "next_index" integer not null, "town" text not null, "category" text not null, "poor" boolean not null, "households" integer not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "impact_reach_pkey" primary key ("id"));`)
    // Covering: a range's count reads only this index (town and flag filtered in it, households summed from it).
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_impact_reach_category_from_index_next_index" ON "impact_reach" ("category", "from_index", "next_index") INCLUDE ("town", "poor", "households") WHERE deleted_at IS NULL;`)
    this.addSql(reachSql(`(select min(year) * 12 - ${MAX_IMPACT_MONTHS - 1} from impact_household)`, "(select max(year) * 12 + 11 from impact_household)"))
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "impact_reach" cascade;`)
  }
}
