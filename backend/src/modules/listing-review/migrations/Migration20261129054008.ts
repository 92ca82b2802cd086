import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129054008 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "listing_review" drop constraint if exists "listing_review_product_id_unique";`);
    this.addSql(`create table if not exists "listing_review" ("id" text not null, "product_id" text not null, "seller_id" text not null, "status" text check ("status" in ('pending', 'approved', 'rejected')) not null default 'pending', "reason" text null, "claimed_grade" text not null, "standard_id" text null, "submitted_at" timestamptz not null, "decided_at" timestamptz null, "decided_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "listing_review_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_listing_review_product_id_unique" ON "listing_review" ("product_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_listing_review_deleted_at" ON "listing_review" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_listing_review_status_submitted_at" ON "listing_review" ("status", "submitted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_listing_review_seller_id" ON "listing_review" ("seller_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "listing_review" cascade;`);
  }

}
