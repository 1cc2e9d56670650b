<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>catalogue</name>
    <message>
        <source>Loyalty card</source>
        <comment>card.loyalty_card</comment>
        <translation>會員卡</translation>
    </message>
    <message>
        <source>Print at 100 % (actual size), not &quot;fit to page&quot;.  Page {page} of {pages}</source>
        <comment>card.sheet_footer</comment>
        <translation>請以 100 %（實際大小）列印，不要選「符合頁面大小」。  第 {page} 頁，共 {pages} 頁</translation>
    </message>
    <message>
        <source>backup written to {path}</source>
        <comment>cli.backup_written</comment>
        <translation>備份已寫入 {path}</translation>
    </message>
    <message>
        <source>the card key file it replaced was kept as {path}</source>
        <comment>cli.card_key_kept</comment>
        <translation>被取代的卡片金鑰檔已保留為 {path}</translation>
    </message>
    <message>
        <source>interrupted</source>
        <comment>cli.interrupted</comment>
        <translation>已中斷</translation>
    </message>
    <message>
        <source>restored from {source}; the previous database was kept as {kept}</source>
        <comment>cli.restored</comment>
        <translation>已從 {source} 還原；先前的資料庫保留為 {kept}</translation>
    </message>
    <message>
        <source>Too many wrong PINs: {username} is locked until {until}.</source>
        <comment>error.account_locked</comment>
        <translation>PIN 碼錯誤次數過多：{username} 已鎖定至 {until}。</translation>
    </message>
    <message>
        <source>Birthday is not a plausible date</source>
        <comment>error.bad_birthday</comment>
        <translation>生日日期不合理</translation>
    </message>
    <message>
        <source>A discount must be between 0 and the line total</source>
        <comment>error.bad_discount</comment>
        <translation>折扣必須介於 0 與該行總額之間</translation>
    </message>
    <message>
        <source>A display name is at most {limit} characters.</source>
        <comment>error.bad_display_name</comment>
        <translation>顯示名稱最多 {limit} 個字元。</translation>
    </message>
    <message>
        <source>{text!r} is not an email address</source>
        <comment>error.bad_email</comment>
        <translation>{text!r} 不是電子郵件地址</translation>
    </message>
    <message>
        <source>{language!r} is not a language the till knows</source>
        <comment>error.bad_member_language</comment>
        <translation>{language!r} 不是本收銀機支援的語言</translation>
    </message>
    <message>
        <source>{text!r} is not a phone number</source>
        <comment>error.bad_phone</comment>
        <translation>{text!r} 不是電話號碼</translation>
    </message>
    <message>
        <source>A PIN is 4 to 12 digits.</source>
        <comment>error.bad_pin</comment>
        <translation>PIN 碼為 4 到 12 位數字。</translation>
    </message>
    <message>
        <source>A price cannot be negative</source>
        <comment>error.bad_price</comment>
        <translation>價格不能是負數</translation>
    </message>
    <message>
        <source>Line {line}: return at least 1, not {quantity}</source>
        <comment>error.bad_quantity</comment>
        <translation>第 {line} 行：至少退 1 個，不能是 {quantity}</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <comment>error.cannot_deactivate_self</comment>
        <translation>您無法停用自己的帳號。</translation>
    </message>
    <message>
        <source>Card printing was cancelled; no card was marked printed.</source>
        <comment>error.card_printing_cancelled</comment>
        <translation>已取消列印卡片，沒有任何卡片被標記為已列印。</translation>
    </message>
    <message>
        <source>Card refused: {reason}.</source>
        <comment>error.card_refused</comment>
        <translation>卡片遭拒：{reason}。</translation>
    </message>
    <message>
        <source>Cannot write the card sheet {path}: {reason}.</source>
        <comment>error.card_sheet_unwritable</comment>
        <translation>無法寫入卡片頁 {path}：{reason}。</translation>
    </message>
    <message>
        <source>The member must consent to data processing to join the program</source>
        <comment>error.consent_required</comment>
        <translation>會員須同意資料處理才能加入方案</translation>
    </message>
    <message>
        <source>The database {path} is damaged ({reason}); restore it from a backup with &apos;loyalty-pos restore&apos;.</source>
        <comment>error.corrupt_database</comment>
        <translation>資料庫 {path} 已損毀（{reason}），請用 &apos;loyalty-pos restore&apos; 從備份還原。</translation>
    </message>
    <message>
        <source>{product} is priced in {currency}</source>
        <comment>error.currency_mismatch</comment>
        <translation>{product} 以 {currency} 計價</translation>
    </message>
    <message>
        <source>{holder} is already running on this data directory (pid {pid} on host {host}); close it first</source>
        <comment>error.data_dir_in_use</comment>
        <translation>{holder} 已在此資料目錄上執行（主機 {host} 上的 pid {pid}），請先關閉</translation>
    </message>
    <message>
        <source>{path} was written by a newer loyalty-pos (schema {revision}); update this till first.</source>
        <comment>error.database_too_new</comment>
        <translation>{path} 是由較新版的 loyalty-pos 寫入（資料結構 {revision}），請先更新這台收銀機。</translation>
    </message>
    <message>
        <source>The disk holding the database is full; nothing was saved. Free some space and try again.</source>
        <comment>error.disk_full</comment>
        <translation>存放資料庫的磁碟已滿，未儲存任何資料。請釋出一些空間後再試一次。</translation>
    </message>
    <message>
        <source>The basket is empty</source>
        <comment>error.empty_basket</comment>
        <translation>購物車是空的</translation>
    </message>
    <message>
        <source>Needs {needed} points, member has {available}.</source>
        <comment>error.insufficient_points</comment>
        <translation>需要 {needed} 點，會員只有 {available} 點。</translation>
    </message>
    <message>
        <source>{username} is the last active manager; nobody could manage the shop.</source>
        <comment>error.last_manager</comment>
        <translation>{username} 是最後一位啟用中的店長；停用後將無人能管理本店。</translation>
    </message>
    <message>
        <source>The operation was refused.</source>
        <comment>error.loyalty_error</comment>
        <translation>操作遭拒。</translation>
    </message>
    <message>
        <source>{name} is {status}</source>
        <comment>error.member_not_active</comment>
        <translation>{name} 的狀態為 {status}</translation>
    </message>
    <message>
        <source>This member is {status}: the profile cannot be edited</source>
        <comment>error.member_not_active.profile</comment>
        <translation>此會員狀態為 {status}：無法編輯個人資料</translation>
    </message>
    <message>
        <source>A member needs a name</source>
        <comment>error.name_required</comment>
        <translation>會員需要姓名</translation>
    </message>
    <message>
        <source>A name has at most {limit} characters</source>
        <comment>error.name_too_long</comment>
        <translation>姓名最多 {limit} 個字元</translation>
    </message>
    <message>
        <source>No loyalty program is published yet; a manager must publish one first.</source>
        <comment>error.no_program</comment>
        <translation>尚未發布任何會員方案，須先由店長發布。</translation>
    </message>
    <message>
        <source>{product} has a price of its own</source>
        <comment>error.not_an_amount_product</comment>
        <translation>{product} 已有自己的價格</translation>
    </message>
    <message>
        <source>{what} {key} was not found.</source>
        <comment>error.not_found</comment>
        <translation>找不到{what} {key}。</translation>
    </message>
    <message>
        <source>Line {line} ({product}): {left} of {bought} left to return, asked for {asked}</source>
        <comment>error.nothing_left_to_return</comment>
        <translation>第 {line} 行（{product}）：{bought} 個中尚可退 {left} 個，要求退 {asked} 個</translation>
    </message>
    <message>
        <source>Choose at least one line to return</source>
        <comment>error.nothing_to_return</comment>
        <translation>請至少選擇一行要退貨的品項</translation>
    </message>
    <message>
        <source>This till has not reached the chain&apos;s server lately, so a member may redeem at most {cap} points a day here ({used} already used today). Redeem less, or sync first.</source>
        <comment>error.offline_redeem_cap</comment>
        <translation>本收銀機最近未連上連鎖總部的伺服器，因此會員在此每天最多只能兌換 {cap} 點（今天已使用 {used} 點）。請減少兌換點數，或先進行同步。</translation>
    </message>
    <message>
        <source>Not writing {path}: {reason}.</source>
        <comment>error.output_refused</comment>
        <translation>不寫入 {path}：{reason}。</translation>
    </message>
    <message>
        <source>{action} needs the {role} role.</source>
        <comment>error.permission_denied</comment>
        <translation>{action}需要 {role} 角色。</translation>
    </message>
    <message>
        <source>The two PINs differ; type the same PIN twice.</source>
        <comment>error.pins_differ</comment>
        <translation>兩次輸入的 PIN 碼不同；請輸入相同的 PIN 碼兩次。</translation>
    </message>
    <message>
        <source>{reward} needs at least {minimum} points, {entered} were entered</source>
        <comment>error.points_below_minimum</comment>
        <translation>{reward} 至少需要 {minimum} 點，輸入的是 {entered} 點</translation>
    </message>
    <message>
        <source>{reward} costs a fixed {points} points; points cannot be typed</source>
        <comment>error.points_not_allowed</comment>
        <translation>{reward} 固定需要 {points} 點；不能自行輸入點數</translation>
    </message>
    <message>
        <source>{product} is no longer sold</source>
        <comment>error.product_inactive</comment>
        <translation>{product} 已停止販售</translation>
    </message>
    <message>
        <source>An adjustment needs a reason</source>
        <comment>error.reason_required</comment>
        <translation>調整點數需要填寫原因</translation>
    </message>
    <message>
        <source>Receipt {ref}{register}, dated {on}, is already recorded.</source>
        <comment>error.receipt_already_recorded</comment>
        <translation>收據 {ref}{register}（日期 {on}）已登錄。</translation>
    </message>
    <message>
        <source>That receipt is itself a return</source>
        <comment>error.receipt_is_a_return</comment>
        <translation>該收據本身就是退貨</translation>
    </message>
    <message>
        <source>That is not this shop&apos;s recovery code; nothing was changed.</source>
        <comment>error.recovery_refused</comment>
        <translation>這不是本店的復原碼，未做任何變更。</translation>
    </message>
    <message>
        <source>The file {name} is missing from {folder}; reinstall loyalty-pos.</source>
        <comment>error.resource_missing</comment>
        <translation>{folder} 中缺少檔案 {name}，請重新安裝 loyalty-pos。</translation>
    </message>
    <message>
        <source>Reward {reward} is not available: {reason}.</source>
        <comment>error.reward_unavailable</comment>
        <translation>獎勵 {reward} 無法使用：{reason}。</translation>
    </message>
    <message>
        <source>Type at least 2 characters to search</source>
        <comment>error.search_too_short</comment>
        <translation>請至少輸入 2 個字元再搜尋</translation>
    </message>
    <message>
        <source>The shop was not set up: {reason}. Nothing was saved; please try again.</source>
        <comment>error.setup_failed</comment>
        <translation>商店未完成設定：{reason}。未儲存任何資料，請再試一次。</translation>
    </message>
    <message>
        <source>{where} already holds a shop; setup changes nothing there.</source>
        <comment>error.shop_exists</comment>
        <translation>{where} 已有商店，設定不會變更其中任何內容。</translation>
    </message>
    <message>
        <source>Wrong user name or PIN.</source>
        <comment>error.sign_in_refused</comment>
        <translation>使用者名稱或 PIN 碼錯誤。</translation>
    </message>
    <message>
        <source>The simulation was cancelled.</source>
        <comment>error.simulation_cancelled</comment>
        <translation>已取消模擬。</translation>
    </message>
    <message>
        <source>The database is busy; please try again.</source>
        <comment>error.store_busy</comment>
        <translation>資料庫忙碌中，請再試一次。</translation>
    </message>
    <message>
        <source>Choose two different members</source>
        <comment>error.transfer_same_member</comment>
        <translation>請選擇兩位不同的會員</translation>
    </message>
    <message>
        <source>Transfers go in steps of {step:,} points</source>
        <comment>error.transfer_step</comment>
        <translation>轉移點數須以 {step:,} 點為單位</translation>
    </message>
    <message>
        <source>Something went wrong ({detail}). Nothing was saved; please try again.</source>
        <comment>error.unexpected_error</comment>
        <translation>發生錯誤（{detail}），未儲存任何資料，請再試一次。</translation>
    </message>
    <message>
        <source>The sale has no line {line}</source>
        <comment>error.unknown_line</comment>
        <translation>此筆銷售沒有第 {line} 行</translation>
    </message>
    <message>
        <source>An adjustment moves at least 1 point</source>
        <comment>error.zero_points</comment>
        <translation>調整至少要異動 1 點</translation>
    </message>
    <message>
        <source>{count} points</source>
        <comment>points.many</comment>
        <translation>{count} 點</translation>
    </message>
    <message>
        <source>{count} point</source>
        <comment>points.one</comment>
        <translation>{count} 點</translation>
    </message>
    <message>
        <source>Amount due</source>
        <comment>receipt.amount_due</comment>
        <translation>應付金額</translation>
    </message>
    <message>
        <source>Balance</source>
        <comment>receipt.balance</comment>
        <translation>點數餘額</translation>
    </message>
    <message>
        <source>COPY - NOT A NEW SALE</source>
        <comment>receipt.copy</comment>
        <translation>副本 - 非新交易</translation>
    </message>
    <message>
        <source>Discount</source>
        <comment>receipt.discount</comment>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Discounts</source>
        <comment>receipt.discounts</comment>
        <translation>折扣合計</translation>
    </message>
    <message>
        <source>Discounts kept</source>
        <comment>receipt.discounts_kept</comment>
        <translation>保留的折扣</translation>
    </message>
    <message>
        <source>{points} expire on {day}</source>
        <comment>receipt.expires_many</comment>
        <translation>{points}將於 {day} 到期</translation>
    </message>
    <message>
        <source>{points} expires on {day}</source>
        <comment>receipt.expires_one</comment>
        <translation>{points}將於 {day} 到期</translation>
    </message>
    <message>
        <source>Member {name}</source>
        <comment>receipt.member</comment>
        <translation>會員 {name}</translation>
    </message>
    <message>
        <source>{amount} more to {target}</source>
        <comment>receipt.more_money</comment>
        <translation>再消費 {amount} 即可達到{target}</translation>
    </message>
    <message>
        <source>{count} more points to {target}</source>
        <comment>receipt.more_points_many</comment>
        <translation>再 {count} 點即可獲得{target}</translation>
    </message>
    <message>
        <source>{count} more point to {target}</source>
        <comment>receipt.more_points_one</comment>
        <translation>再 {count} 點即可獲得{target}</translation>
    </message>
    <message>
        <source>Receipt {number}</source>
        <comment>receipt.number</comment>
        <translation>收據 {number}</translation>
    </message>
    <message>
        <source>Paid by {tender}</source>
        <comment>receipt.paid_by</comment>
        <translation>付款方式：{tender}</translation>
    </message>
    <message>
        <source>Paid with points</source>
        <comment>receipt.paid_with_points</comment>
        <translation>以點數支付</translation>
    </message>
    <message>
        <source>Points earned</source>
        <comment>receipt.points_earned</comment>
        <translation>獲得點數</translation>
    </message>
    <message>
        <source>Points redeemed</source>
        <comment>receipt.points_redeemed</comment>
        <translation>已兌換點數</translation>
    </message>
    <message>
        <source>Points restored</source>
        <comment>receipt.points_restored</comment>
        <translation>退還點數</translation>
    </message>
    <message>
        <source>Points taken back</source>
        <comment>receipt.points_taken_back</comment>
        <translation>收回點數</translation>
    </message>
    <message>
        <source>{points} used</source>
        <comment>receipt.points_used</comment>
        <translation>已使用 {points}</translation>
    </message>
    <message>
        <source>REFUND</source>
        <comment>receipt.refund</comment>
        <translation>退款</translation>
    </message>
    <message>
        <source>Refunded by {tender}</source>
        <comment>receipt.refunded_by</comment>
        <translation>退款方式：{tender}</translation>
    </message>
    <message>
        <source>Register receipt {number}</source>
        <comment>receipt.register_receipt</comment>
        <translation>收銀機收據 {number}</translation>
    </message>
    <message>
        <source>RETURN</source>
        <comment>receipt.return</comment>
        <translation>退貨</translation>
    </message>
    <message>
        <source>Return of receipt {number}</source>
        <comment>receipt.return_of</comment>
        <translation>退貨收據 {number}</translation>
    </message>
    <message>
        <source>Reward</source>
        <comment>receipt.reward</comment>
        <translation>獎勵</translation>
    </message>
    <message>
        <source>Rewards (included above)</source>
        <comment>receipt.rewards_included</comment>
        <translation>獎勵（已含於上方）</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <comment>receipt.subtotal</comment>
        <translation>小計</translation>
    </message>
    <message>
        <source>Thank you for shopping with us!</source>
        <comment>receipt.thank_you</comment>
        <translation>感謝您的光臨！</translation>
    </message>
    <message>
        <source>Till {till}, cashier {cashier}</source>
        <comment>receipt.till_cashier</comment>
        <translation>收銀機 {till}，收銀員 {cashier}</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <comment>receipt.total</comment>
        <translation>合計</translation>
    </message>
    <message>
        <source>TRAINING — NOT A SALE</source>
        <comment>receipt.training</comment>
        <translation>訓練模式 — 非實際交易</translation>
    </message>
    <message>
        <source>card</source>
        <comment>tender.card</comment>
        <translation>信用卡/金融卡</translation>
    </message>
    <message>
        <source>cash</source>
        <comment>tender.cash</comment>
        <translation>現金</translation>
    </message>
    <message>
        <source>mobile</source>
        <comment>tender.mobile</comment>
        <translation>行動支付</translation>
    </message>
    <message>
        <source>other</source>
        <comment>tender.other</comment>
        <translation>其他</translation>
    </message>
    <message>
        <source>voucher</source>
        <comment>tender.voucher</comment>
        <translation>禮券</translation>
    </message>
</context>
</TS>
