import { Migration } from "@medusajs/framework/mikro-orm/migrations"

// The grade keys once written into product.metadata, and the listing_review rows that held the review state.
const GRADE_KEYS = ["name_code", "name_zh", "name_en", "grade", "grade_zh", "grade_en", "grade_id", "standard_id", "standard_code", "standard_version", "net_weight_g"]

export class Migration20261202171500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table if not exists "listing" ("id" text not null, "product_id" text not null, "seller_id" text not null, "name_code" text not null, "grade_code" text not null, "grade_id" text not null, "standard_id" text not null, "standard_version" integer not null, "net_weight_g" integer not null, "status" text check ("status" in ('pending', 'approved', 'rejected')) not null default 'pending', "reason" text null, "submitted_at" timestamptz not null, "decided_at" timestamptz null, "decided_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "listing_pkey" primary key ("id"));`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_listing_product_id_unique" ON "listing" ("product_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_listing_deleted_at" ON "listing" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_listing_status_submitted_at" ON "listing" ("status", "submitted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_listing_seller_id" ON "listing" ("seller_id") WHERE deleted_at IS NULL;`)
    // A database made before the listing module (npm start keeps .data): each graded product becomes a listing with
    // its review state, then the metadata keys and (once every row moved) the old table go. A fresh database has neither, so nothing moves.
    this.addSql(`do $$ begin
      if to_regclass('listing_review') is not null and to_regclass('product') is not null and to_regclass('grade') is not null then
        insert into "listing" ("id", "product_id", "seller_id", "name_code", "grade_code", "grade_id", "standard_id", "standard_version", "net_weight_g", "status", "reason", "submitted_at", "decided_at", "decided_by")
        select 'lst_' || substr(r."id", 6), r."product_id", r."seller_id", p."metadata"->>'name_code', g."code", g."id", s."id", s."version",
          (p."metadata"->>'net_weight_g')::integer, r."status", r."reason", r."submitted_at", r."decided_at", r."decided_by"
        from "listing_review" r
          join "product" p on p."id" = r."product_id"
          join "grade_standard" s on s."id" = coalesce(r."standard_id", p."metadata"->>'standard_id')
          join "grade" g on g."standard_id" = s."id" and g."code" = r."claimed_grade"
        where r."deleted_at" is null and p."metadata"->>'name_code' is not null and p."metadata"->>'net_weight_g' is not null
        on conflict do nothing;
        update "product" set "metadata" = "metadata" - array['${GRADE_KEYS.join("','")}']
        where "id" in (select "product_id" from "listing");
        -- A review whose product or grade could not be matched keeps its table, so nothing is lost.
        if not exists (select 1 from "listing_review" r where r."deleted_at" is null and not exists (select 1 from "listing" l where l."product_id" = r."product_id")) then
          drop table "listing_review";
        end if;
      end if;
    end $$;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "listing" cascade;`)
  }
}
