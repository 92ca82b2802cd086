import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261128205948 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "seller_invite" drop constraint if exists "seller_invite_token_hash_unique";`);
    this.addSql(`create table if not exists "seller_invite" ("id" text not null, "email" text not null, "token_hash" text not null, "accepted_at" timestamptz null, "expires_at" timestamptz not null, "seller_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "seller_invite_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_seller_invite_token_hash_unique" ON "seller_invite" ("token_hash") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_seller_invite_seller_id" ON "seller_invite" ("seller_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_seller_invite_deleted_at" ON "seller_invite" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "seller_invite" add constraint "seller_invite_seller_id_foreign" foreign key ("seller_id") references "seller" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "seller_invite" cascade;`);
  }

}
