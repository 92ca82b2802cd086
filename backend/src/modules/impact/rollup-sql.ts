import { MAX_IMPACT_MONTHS } from "@luotian/contract"

// The rollups' SQL: INSERT … SELECT over the tables of the order, seller, product, ledger and station modules, for
// the months ? .. ? (as month indexes, year × 12 + month − 1, Beijing time). A read model like Medusa's own Index
// module: it only reads other modules' rows (through their link tables) and writes only its own. Aggregating in
// Postgres keeps a year of 200,000 seller orders out of Node (query.graph would page every order and its lines).

const beijingMonthIndex = (column: string) =>
  `(extract(year from (${column} at time zone 'UTC') + interval '8 hours') * 12 + extract(month from (${column} at time zone 'UTC') + interval '8 hours') - 1)::int`

// A product's category: its first category handle, "other" for a product with none.
const categoryOf = (productId: string) =>
  `coalesce((select pc.handle from product_category_product pcp join product_category pc on pc.id = pcp.product_category_id
     where pcp.product_id = ${productId} and pc.deleted_at is null order by pc.handle limit 1), 'other')`

// Seller orders in CNY (statements keep USD apart), not cancelled, placed in the range: each line's goods value.
const sellerOrderLines = `
  select o.id as order_id, ${beijingMonthIndex("o.created_at")} as month_index, s.town, s.type as seller_type,
         ${categoryOf("li.product_id")} as category, round(li.unit_price * oi.quantity * 100) as fen
    from "order" o
    join seller_seller_order_order so on so.order_id = o.id and so.deleted_at is null
    join seller s on s.id = so.seller_id
    join order_item oi on oi.order_id = o.id and oi.version = o.version and oi.deleted_at is null
    join order_line_item li on li.id = oi.item_id and li.deleted_at is null
   where o.deleted_at is null and o.canceled_at is null and o.status <> 'canceled' and o.currency_code = 'cny'
     and o.created_at >= ? and o.created_at < ?`

const parcelsOf = (orderIds: string) =>
  `(select count(*) from order_fulfillment ofl join fulfillment f on f.id = ofl.fulfillment_id
     where ofl.order_id in (${orderIds}) and ofl.deleted_at is null and f.canceled_at is null and f.deleted_at is null)::int`

export const SALES_SQL = `
  with lines as (${sellerOrderLines}),
  per_order as (select order_id, month_index, town, seller_type, category, sum(fen) as fen from lines group by 1, 2, 3, 4, 5),
  by_category as (
    select month_index, town, category, seller_type, sum(fen) as fen, count(*)::int as orders, array_agg(order_id) as ids
      from per_order group by 1, 2, 3, 4
    union all
    select month_index, town, '*', seller_type, sum(fen), count(distinct order_id)::int, array_agg(distinct order_id)
      from per_order group by 1, 2, 4)
  insert into impact_sales (id, month_index, town, category, seller_type, sales_fen, orders, parcels)
  select 'imps_' || md5(random()::text || clock_timestamp()::text), month_index, town, category, seller_type, fen, orders,
         ${parcelsOf("select unnest(ids)")}
    from by_category`

// Ledger entries (every kind, reversals included) by the Beijing month they count in, summed per household, month and
// category (and "*"), for the month indexes ? .. ?.
const householdMonths = `
  entries as (
    select e.member_id, (split_part(e.month, '-', 1)::int * 12 + split_part(e.month, '-', 2)::int - 1) as month_index,
           s.town, s.type as seller_type, m.poor_household as poor,
           case when l.product_id is null then 'other' else ${categoryOf("l.product_id")} end as category, e.amount_fen
      from ledger_entry e
      join member m on m.id = e.member_id
      join seller s on s.id = e.seller_id
      left join lot l on l.id = e.lot_id
     where e.deleted_at is null
       and (split_part(e.month, '-', 1)::int * 12 + split_part(e.month, '-', 2)::int - 1) between ? and ?),
  per_month as (
    select month_index, member_id, town, category, seller_type, poor, sum(amount_fen) as fen from entries group by 1, 2, 3, 4, 5, 6
    union all
    select month_index, member_id, town, '*', seller_type, poor, sum(amount_fen) from entries group by 1, 2, 3, 5, 6)`

/** Income per month and group; a household with a positive month counts among that month's households. */
export const INCOME_SQL = `
  with ${householdMonths}
  insert into impact_income (id, month_index, town, category, seller_type, poor, households, income_fen)
  select 'impi_' || md5(random()::text || clock_timestamp()::text), month_index, town, category, seller_type, poor,
         count(*) filter (where fen > 0)::int, sum(fen)
    from per_month group by month_index, town, category, seller_type, poor`

/** Per household, category and year: the bit mask of the months it had income in (whole years: ? = Jan, ? = Dec). */
export const HOUSEHOLD_SQL = `
  with ${householdMonths}
  insert into impact_household (id, year, member_id, town, category, seller_type, poor, months)
  select 'imph_' || md5(random()::text || clock_timestamp()::text || member_id || category), month_index / 12, member_id, town,
         category, seller_type, poor, bit_or(1 << (month_index % 12)) filter (where fen > 0)
    from per_month group by month_index / 12, member_id, town, category, seller_type, poor
  having bool_or(fen > 0)`

// Intakes (代销) by the station's town and Beijing day; assisted orders (代购) by their purchase's goods value; each by
// its product's category and in all categories ("*").
export const STATION_SQL = `
  with intakes as (
    select st.town, (split_part(i.day, '-', 1)::int * 12 + split_part(i.day, '-', 2)::int - 1) as month_index,
           ${categoryOf("i.product_id")} as category, i.id, i.amount_fen as fen
      from station_intake i join station st on st.id = i.station_id
     where i.deleted_at is null and i.currency_code = 'cny'
       and (split_part(i.day, '-', 1)::int * 12 + split_part(i.day, '-', 2)::int - 1) between ? and ?),
  assisted as (
    select st.town, ${beijingMonthIndex("o.created_at")} as month_index, ${categoryOf("li.product_id")} as category, a.id,
           round(li.unit_price * oi.quantity * 100) as fen
      from station_assisted_order a
      join station st on st.id = a.station_id
      join "order" o on o.id = a.order_id and o.canceled_at is null and o.deleted_at is null
      join order_item oi on oi.order_id = o.id and oi.version = o.version and oi.deleted_at is null
      join order_line_item li on li.id = oi.item_id
     where a.deleted_at is null and o.created_at >= ? and o.created_at < ?),
  intake_groups as (
    select town, month_index, category, count(*)::int as n, sum(fen) as fen from intakes group by 1, 2, 3
    union all
    select town, month_index, '*', count(*)::int, sum(fen) from intakes group by 1, 2),
  assisted_groups as (
    select town, month_index, category, count(distinct id)::int as n, sum(fen) as fen from assisted group by 1, 2, 3
    union all
    select town, month_index, '*', count(distinct id)::int, sum(fen) from assisted group by 1, 2)
  insert into impact_station (id, month_index, town, category, intakes, intake_fen, assisted_orders, assisted_fen)
  select 'impst_' || md5(random()::text || clock_timestamp()::text), coalesce(i.month_index, a.month_index), coalesce(i.town, a.town),
         coalesce(i.category, a.category), coalesce(i.n, 0), coalesce(i.fen, 0), coalesce(a.n, 0), coalesce(a.fen, 0)
    from intake_groups i
    full join assisted_groups a on a.town = i.town and a.month_index = i.month_index and a.category = i.category`

/**
 * impact_reach for the start months lo..hi (SQL expressions of month indexes): each income month m of a household is
 * its first one counting from every start month after its previous income month, up to m. Households are counted per
 * (previous, m) pair before the start months are spread out, so the cost follows the months, not the households. Only
 * starts at most MAX_IMPACT_MONTHS before m are kept: no range is longer. Reads impact_household (after HOUSEHOLD_SQL).
 */
export const reachSql = (lo: string, hi: string) => `
  with bounds as (select ${lo} as lo, ${hi} as hi),
  months as (
    select h.member_id, h.town, h.category, h.poor, h.year * 12 + b.i as m
      from bounds, impact_household h, generate_series(0, 11) as b(i)
     where h.deleted_at is null and h.months & (1 << b.i) <> 0
       and h.year between bounds.lo / 12 and (bounds.hi + ${MAX_IMPACT_MONTHS - 1}) / 12
       and h.year * 12 + b.i between bounds.lo and bounds.hi + ${MAX_IMPACT_MONTHS - 1}),
  firsts as (
    select town, category, poor, m, lag(m) over (partition by member_id, town, category, poor order by m) as previous from months),
  pairs as (select town, category, poor, m, previous, count(*)::int as n from firsts group by 1, 2, 3, 4, 5)
  insert into impact_reach (id, from_index, next_index, town, category, poor, households)
  select 'impr_' || md5(random()::text || clock_timestamp()::text), a, m, town, category, poor, sum(n)::int
    from bounds, pairs, generate_series(greatest(coalesce(previous + 1, bounds.lo), bounds.lo, m - ${MAX_IMPACT_MONTHS - 1}), least(m, bounds.hi)) as a
   group by a, m, town, category, poor`
