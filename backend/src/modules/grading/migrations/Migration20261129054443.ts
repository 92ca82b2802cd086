import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129054443 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "grade_criterion" drop constraint if exists "grade_criterion_grade_id_attribute_unique";`);
    this.addSql(`alter table if exists "grade" drop constraint if exists "grade_standard_id_code_unique";`);
    this.addSql(`alter table if exists "grade_standard" drop constraint if exists "grade_standard_category_unique";`);
    this.addSql(`alter table if exists "grade_standard" drop constraint if exists "grade_standard_lineage_version_unique";`);
    this.addSql(`create table if not exists "grade_standard" ("id" text not null, "lineage" text not null, "category" text not null, "code" text not null, "name" text not null, "name_en" text not null, "version" integer not null, "effective_from" timestamptz not null, "status" text check ("status" in ('current', 'superseded')) not null default 'current', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "grade_standard_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_grade_standard_deleted_at" ON "grade_standard" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_grade_standard_lineage_version_unique" ON "grade_standard" ("lineage", "version") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_grade_standard_category_unique" ON "grade_standard" ("category") WHERE status = 'current' AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_grade_standard_category_status" ON "grade_standard" ("category", "status") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "grade" ("id" text not null, "code" text not null, "name" text not null, "name_en" text not null, "rank" integer not null, "price_min" numeric not null, "price_max" numeric not null, "price_unit" text check ("price_unit" in ('kg', 'unit')) not null default 'kg', "standard_id" text not null, "raw_price_min" jsonb not null, "raw_price_max" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "grade_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_grade_standard_id" ON "grade" ("standard_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_grade_deleted_at" ON "grade" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_grade_standard_id_code_unique" ON "grade" ("standard_id", "code") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "grade_criterion" ("id" text not null, "attribute" text not null, "label" text not null, "label_en" text not null, "unit" text not null, "min" numeric null, "max" numeric null, "position" integer not null default 0, "grade_id" text not null, "raw_min" jsonb null, "raw_max" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "grade_criterion_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_grade_criterion_grade_id" ON "grade_criterion" ("grade_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_grade_criterion_deleted_at" ON "grade_criterion" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_grade_criterion_grade_id_attribute_unique" ON "grade_criterion" ("grade_id", "attribute") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "inspection" ("id" text not null, "seller_id" text not null, "category" text not null, "lot" text not null, "measurements" jsonb not null, "computed_grade" text null, "inspector_id" text not null, "inspector_name" text not null, "inspected_at" timestamptz not null, "standard_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "inspection_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_inspection_standard_id" ON "inspection" ("standard_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_inspection_deleted_at" ON "inspection" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_inspection_seller_id_category_inspected_at" ON "inspection" ("seller_id", "category", "inspected_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_inspection_category_inspected_at" ON "inspection" ("category", "inspected_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "grade" add constraint "grade_standard_id_foreign" foreign key ("standard_id") references "grade_standard" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "grade_criterion" add constraint "grade_criterion_grade_id_foreign" foreign key ("grade_id") references "grade" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "inspection" add constraint "inspection_standard_id_foreign" foreign key ("standard_id") references "grade_standard" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "grade" drop constraint if exists "grade_standard_id_foreign";`);

    this.addSql(`alter table if exists "inspection" drop constraint if exists "inspection_standard_id_foreign";`);

    this.addSql(`alter table if exists "grade_criterion" drop constraint if exists "grade_criterion_grade_id_foreign";`);

    this.addSql(`drop table if exists "grade_standard" cascade;`);

    this.addSql(`drop table if exists "grade" cascade;`);

    this.addSql(`drop table if exists "grade_criterion" cascade;`);

    this.addSql(`drop table if exists "inspection" cascade;`);
  }

}
