import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261128204051 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "seller_user" drop constraint if exists "seller_user_email_unique";`);
    this.addSql(`create table if not exists "seller_user" ("id" text not null, "email" text not null, "first_name" text null, "last_name" text null, "role" text check ("role" in ('owner', 'staff')) not null default 'staff', "seller_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "seller_user_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_seller_user_email_unique" ON "seller_user" ("email") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_seller_user_seller_id" ON "seller_user" ("seller_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_seller_user_deleted_at" ON "seller_user" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "seller_user" add constraint "seller_user_seller_id_foreign" foreign key ("seller_id") references "seller" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "seller_user" cascade;`);
  }

}
