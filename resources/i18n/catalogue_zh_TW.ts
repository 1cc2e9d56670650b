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
        <source>Amount is empty</source>
        <comment>error.amount_empty</comment>
        <translation>金額是空的</translation>
    </message>
    <message>
        <source>{text!r} is too large to be an amount</source>
        <comment>error.amount_too_large</comment>
        <translation>{text!r} 太大，不能當作金額</translation>
    </message>
    <message>
        <source>{what} is from 0 to {maximum:,} minor units, not {minor:,}</source>
        <comment>error.amount_too_large.range</comment>
        <translation>{what}須介於 0 到 {maximum:,} 個最小貨幣單位，而非 {minor:,}</translation>
    </message>
    <message>
        <source>The address: at most {lines} lines of {characters} characters</source>
        <comment>error.bad_shop_address</comment>
        <translation>地址：最多 {lines} 行，每行 {characters} 個字元</translation>
    </message>
    <message>
        <source>{what} is a whole number of minor units, not {minor!r}</source>
        <comment>error.bad_amount</comment>
        <translation>{what}須為最小貨幣單位的整數，而非 {minor!r}</translation>
    </message>
    <message>
        <source>... and {count} more</source>
        <comment>check.and_more</comment>
        <translation>……以及另外 {count} 項</translation>
    </message>
    <message>
        <source>audit log: {problem}</source>
        <comment>check.audit_log</comment>
        <translation>稽核紀錄：{problem}</translation>
    </message>
    <message>
        <source>{path}: {error}</source>
        <comment>check.backup_unreadable</comment>
        <translation>{path}：{error}</translation>
    </message>
    <message>
        <source>the backup has no card key file beside it: a restore would leave printed cards unverifiable</source>
        <comment>check.backup_without_key</comment>
        <translation>此備份旁沒有會員卡金鑰檔案：還原後已列印的會員卡將無法驗證</translation>
    </message>
    <message>
        <source>member {member}: cached balance {cached} but ledger folds to {folded}</source>
        <comment>check.balance_differs</comment>
        <translation>會員 {member}：儲存的餘額為 {cached}，但點數帳合計為 {folded}</translation>
    </message>
    <message>
        <source>member {member}: cached balance {balance} but no ledger entries</source>
        <comment>check.balance_without_entries</comment>
        <translation>會員 {member}：儲存的餘額為 {balance}，但點數帳沒有任何紀錄</translation>
    </message>
    <message>
        <source>this file predates the hash chain: its records are chained when it is next opened (migration 0012)</source>
        <comment>check.before_chain</comment>
        <translation>此檔案早於雜湊鏈：下次開啟時其紀錄會串入鏈中（遷移 0012）</translation>
    </message>
    <message>
        <source>card key: {problem}</source>
        <comment>check.card_key_unreadable</comment>
        <translation>會員卡金鑰：{problem}</translation>
    </message>
    <message>
        <source>card key {path}: {problem}. {fix}</source>
        <comment>check.card_key_wrong</comment>
        <translation>會員卡金鑰 {path}：{problem}。{fix}</translation>
    </message>
    <message>
        <source>{check}: the check stopped at a row it cannot read ({error})</source>
        <comment>check.check_stopped</comment>
        <translation>{check}：檢查停在一筆無法讀取的資料列（{error}）</translation>
    </message>
    <message>
        <source>ledger entry {seq} (member {member}): {error}</source>
        <comment>check.entry_unreadable</comment>
        <translation>點數帳紀錄 {seq}（會員 {member}）：{error}</translation>
    </message>
    <message>
        <source>the head in {source} is {behind} links behind the database, an earlier link of the same chain (written just before a stop?)</source>
        <comment>check.head_behind</comment>
        <translation>{source} 中的鏈首落後資料庫 {behind} 個鏈結，是同一條鏈較早的鏈結（在停止前剛寫入？）</translation>
    </message>
    <message>
        <source>outside head (link {n} of chain {origin!r}) is past the database&apos;s last link {last}: {cut} chained records were cut off the end</source>
        <comment>check.head_past_end_many</comment>
        <translation>外部鏈首（鏈 {origin!r} 的第 {n} 個鏈結）超出資料庫最後的鏈結 {last}：尾端有 {cut} 筆已串鏈的紀錄被截掉</translation>
    </message>
    <message>
        <source>outside head (link {n} of chain {origin!r}) is past the database&apos;s last link {last}: {cut} chained record was cut off the end</source>
        <comment>check.head_past_end_one</comment>
        <translation>外部鏈首（鏈 {origin!r} 的第 {n} 個鏈結）超出資料庫最後的鏈結 {last}：尾端有 {cut} 筆已串鏈的紀錄被截掉</translation>
    </message>
    <message>
        <source>outside head (link {n} of chain {origin!r}) does not match the database&apos;s link {n}: the chain was rewritten</source>
        <comment>check.head_rewritten</comment>
        <translation>外部鏈首（鏈 {origin!r} 的第 {n} 個鏈結）與資料庫的第 {n} 個鏈結不符：此鏈已被改寫</translation>
    </message>
    <message>
        <source>outside head (link {n} of chain {origin!r}) is {behind} links behind the database, more than one transaction could leave it: it was not written by this database&apos;s last writes</source>
        <comment>check.head_too_far_behind</comment>
        <translation>外部鏈首（鏈 {origin!r} 的第 {n} 個鏈結）落後資料庫 {behind} 個鏈結，超過單一交易可能造成的落差：它不是由此資料庫最後的寫入所寫下</translation>
    </message>
    <message>
        <source>member {member}: the ledger does not fold ({error})</source>
        <comment>check.ledger_does_not_fold</comment>
        <translation>會員 {member}：點數帳無法合計（{error}）</translation>
    </message>
    <message>
        <source>chain {origin!r}: links {first} to {last} are missing (deleted?)</source>
        <comment>check.links_missing</comment>
        <translation>鏈 {origin!r}：第 {first} 到 {last} 個鏈結不見了（被刪除？）</translation>
    </message>
    <message>
        <source>member {member}: a lot cannot be read ({error})</source>
        <comment>check.lot_unreadable</comment>
        <translation>會員 {member}：有一個點數批次無法讀取（{error}）</translation>
    </message>
    <message>
        <source>member {member}: lot {entry} open but no ledger entries</source>
        <comment>check.lot_without_entries</comment>
        <translation>會員 {member}：點數批次 {entry} 尚未用完，但點數帳沒有任何紀錄</translation>
    </message>
    <message>
        <source>member {member}: open lots {stored} but ledger folds to {folded}</source>
        <comment>check.lots_differ</comment>
        <translation>會員 {member}：未用完的點數批次為 {stored}，但點數帳合計為 {folded}</translation>
    </message>
    <message>
        <source>no backup to restore in {folder}</source>
        <comment>check.no_backup</comment>
        <translation>{folder} 中沒有可還原的備份</translation>
    </message>
    <message>
        <source>there is no {source} beside the database</source>
        <comment>check.no_head_file</comment>
        <translation>資料庫旁沒有 {source}</translation>
    </message>
    <message>
        <source>no outside head to compare with ({missing}): a chain recomputed from start to end, or a cut-off tail, cannot be told from here</source>
        <comment>check.no_outside_head</comment>
        <translation>沒有可比對的外部鏈首（{missing}）：從頭到尾重新計算的鏈或被截掉的尾端，無法從這裡辨別</translation>
    </message>
    <message>
        <source>{problem} ({source})</source>
        <comment>check.outside_head_at</comment>
        <translation>{problem}（{source}）</translation>
    </message>
    <message>
        <source>{kind} {ref} (chain link {n}): its stored values do not match the chain (edited?)</source>
        <comment>check.record_edited</comment>
        <translation>{kind} {ref}（鏈結 {n}）：儲存的值與鏈不符（被修改？）</translation>
    </message>
    <message>
        <source>{kind} {ref} (chain link {n}): the record is gone (deleted?)</source>
        <comment>check.record_gone</comment>
        <translation>{kind} {ref}（鏈結 {n}）：紀錄不見了（被刪除？）</translation>
    </message>
    <message>
        <source>sale {receipt}: total {total} but its lines add up to {lines}</source>
        <comment>check.sale_total_differs</comment>
        <translation>交易 {receipt}：總計 {total}，但各明細加總為 {lines}</translation>
    </message>
    <message>
        <source>sqlite: {detail}</source>
        <comment>check.sqlite</comment>
        <translation>SQLite：{detail}</translation>
    </message>
    <message>
        <source>staff {username!r}: role {role!r} but the chained records give {chained!r}</source>
        <comment>check.staff_role_differs</comment>
        <translation>員工 {username!r}：角色為 {role!r}，但鏈中的紀錄為 {chained!r}</translation>
    </message>
    <message>
        <source>staff {username!r} ({role}): no chained record created this account</source>
        <comment>check.staff_unrecorded</comment>
        <translation>員工 {username!r}（{role}）：鏈中沒有建立此帳戶的紀錄</translation>
    </message>
    <message>
        <source>ledger entry {seq}: member {member!r} is not a member id</source>
        <comment>check.stray_ledger_entry</comment>
        <translation>點數帳紀錄 {seq}：會員 {member!r} 不是會員編號</translation>
    </message>
    <message>
        <source>member {member}: tier {tier!r} but the chained records give {chained!r}</source>
        <comment>check.tier_differs</comment>
        <translation>會員 {member}：等級為 {tier!r}，但鏈中的紀錄為 {chained!r}</translation>
    </message>
    <message>
        <source>{kind} {ref} is not in the chain (inserted by hand?)</source>
        <comment>check.unchained</comment>
        <translation>{kind} {ref} 不在鏈中（被手動插入？）</translation>
    </message>
    <message>
        <source>add --erase to erase them</source>
        <comment>cli.add_erase</comment>
        <translation>加上 --erase 以清除這些會員</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <comment>cli.argparse.ambiguous</comment>
        <translation>選項不明確：%(option)s 可能是 %(matches)s</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <comment>cli.argparse.argument</comment>
        <translation>引數 %(argument_name)s：%(message)s</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <comment>cli.argparse.cannot_open</comment>
        <translation>無法開啟「%(filename)s」：%(error)s</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s</source>
        <comment>cli.argparse.error</comment>
        <translation>%(prog)s：錯誤：%(message)s</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <comment>cli.argparse.expected_at_least_one</comment>
        <translation>至少需要一個引數</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <comment>cli.argparse.expected_at_most_one</comment>
        <translation>最多一個引數</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <comment>cli.argparse.expected_n_many</comment>
        <translation>需要 %s 個引數</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <comment>cli.argparse.expected_n_one</comment>
        <translation>需要 %s 個引數</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <comment>cli.argparse.expected_one</comment>
        <translation>需要一個引數</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <comment>cli.argparse.help</comment>
        <translation>顯示此說明並結束</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <comment>cli.argparse.ignored_explicit</comment>
        <translation>已忽略明確給出的引數 %r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <comment>cli.argparse.invalid_choice</comment>
        <translation>無效的選擇：%(value)r（可選：%(choices)s）</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <comment>cli.argparse.invalid_value</comment>
        <translation>無效的 %(type)s 值：%(value)r</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <comment>cli.argparse.not_allowed_with</comment>
        <translation>不可與引數 %s 同時使用</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <comment>cli.argparse.one_required</comment>
        <translation>必須提供 %s 其中一個引數</translation>
    </message>
    <message>
        <source>options</source>
        <comment>cli.argparse.options</comment>
        <translation>選項</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <comment>cli.argparse.positional_arguments</comment>
        <translation>位置引數</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <comment>cli.argparse.required</comment>
        <translation>必須提供下列引數：%s</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <comment>cli.argparse.unknown_parser</comment>
        <translation>未知的指令 %(parser_name)r（可選：%(choices)s）</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <comment>cli.argparse.unrecognized</comment>
        <translation>無法辨識的引數：%s</translation>
    </message>
    <message>
        <source>usage:</source>
        <comment>cli.argparse.usage</comment>
        <translation>用法：</translation>
    </message>
    <message>
        <source>nothing to print: every active member card has been printed already</source>
        <comment>cli.cards_nothing</comment>
        <translation>沒有要列印的內容：所有有效會員的會員卡都已列印</translation>
    </message>
    <message>
        <source>wrote {cards} card(s) on {pages} page(s) to {path} ({marked} member card(s) marked printed, {blank} blank); print at 100 % (actual size), not &quot;fit to page&quot;</source>
        <comment>cli.cards_written</comment>
        <translation>已將 {cards} 張會員卡寫入 {path}，共 {pages} 頁（{marked} 張會員卡標記為已列印，{blank} 張空白）；請以 100 %（實際大小）列印，不要選「符合頁面大小」</translation>
    </message>
    <message>
        <source>checked the ledgers of {members} members with points history ({entries} entries): OK</source>
        <comment>cli.check_ok</comment>
        <translation>已檢查 {members} 位有點數紀錄會員的點數帳（{entries} 筆）：正常</translation>
    </message>
    <message>
        <source>checked the ledgers of {members} members with points history ({entries} entries): {problems} problem(s)</source>
        <comment>cli.check_problems</comment>
        <translation>已檢查 {members} 位有點數紀錄會員的點數帳（{entries} 筆）：{problems} 個問題</translation>
    </message>
    <message>
        <source>daily backup: {path}</source>
        <comment>cli.daily_backup</comment>
        <translation>每日備份：{path}</translation>
    </message>
    <message>
        <source>The demo shop at {path} is already set up ({members} members). Sign in as {cashier} or {manager}.</source>
        <comment>cli.demo_already</comment>
        <translation>位於 {path} 的示範商店已設定完成（{members} 位會員）。請以 {cashier} 或 {manager} 登入。</translation>
    </message>
    <message>
        <source>Demo shop &apos;{shop}&apos; ready at {path} with {members} members. Sign in as {cashier} or {manager}.</source>
        <comment>cli.demo_ready</comment>
        <translation>示範商店 &apos;{shop}&apos; 已在 {path} 準備好，共 {members} 位會員。請以 {cashier} 或 {manager} 登入。</translation>
    </message>
    <message>
        <source>restore drill of {backup}: OK</source>
        <comment>cli.drill_ok</comment>
        <translation>{backup} 的還原演練：正常</translation>
    </message>
    <message>
        <source>restore drill of {backup}: {problems} problem(s)</source>
        <comment>cli.drill_problems</comment>
        <translation>{backup} 的還原演練：{problems} 個問題</translation>
    </message>
    <message>
        <source>Erasing every member inactive since {day}</source>
        <comment>cli.erasing_inactive</comment>
        <translation>清除自 {day} 起未活動的所有會員</translation>
    </message>
    <message>
        <source>Erasing member {member} ({name})</source>
        <comment>cli.erasing_member</comment>
        <translation>清除會員 {member}（{name}）</translation>
    </message>
    <message>
        <source>loyalty-pos: {message}</source>
        <comment>cli.error_line</comment>
        <translation>loyalty-pos: {message}</translation>
    </message>
    <message>
        <source>expired {points} points; tier review: {moved_down} of {reviewed} member(s) reviewed moved down</source>
        <comment>cli.expired</comment>
        <translation>{points} 點已到期；等級審核：已審核的 {reviewed} 位會員中有 {moved_down} 位降級</translation>
    </message>
    <message>
        <source>NOT verified: the seed or the entries have changed since the draw.</source>
        <comment>cli.giveaway.not_verified</comment>
        <translation>驗證失敗：抽獎後種子或抽獎券已被更改。</translation>
    </message>
    <message>
        <source>Verified: the seed matches the fingerprint published before entries closed, and the entries give these winners.</source>
        <comment>cli.giveaway.verified</comment>
        <translation>驗證通過：種子與截止參加前公布的指紋相符，抽獎券算出這些得獎者。</translation>
    </message>
    <message>
        <source>{place}. {member}</source>
        <comment>cli.giveaway.winner</comment>
        <translation>{place}. {member}</translation>
    </message>
    <message>
        <source>copy the database safely, even while the till runs (sealed with a passphrase when DEST is off this machine); &apos;backup drill&apos;: restore the latest backup aside and check it</source>
        <comment>cli.help.backup</comment>
        <translation>安全複製資料庫，收銀台執行中也可以（DEST 不在本機時以密語密封）；&apos;backup drill&apos;：將最新的備份還原到一旁並檢查</translation>
    </message>
    <message>
        <source>the file or folder to write, or &apos;drill&apos;</source>
        <comment>cli.help.backup.dest</comment>
        <translation>要寫入的檔案或資料夾，或 &apos;drill&apos;</translation>
    </message>
    <message>
        <source>seal the backup even if DEST looks like this machine&apos;s disk (a synced folder)</source>
        <comment>cli.help.backup.off_site</comment>
        <translation>即使 DEST 看起來是本機的磁碟（同步的資料夾），也將備份密封</translation>
    </message>
    <message>
        <source>a file (mode 0600) holding the passphrase (or LOYALTY_POS_BACKUP_PASSPHRASE, or asked)</source>
        <comment>cli.help.backup.passphrase_file</comment>
        <translation>存放密語的檔案（權限 0600）（或 LOYALTY_POS_BACKUP_PASSPHRASE，或詢問時輸入）</translation>
    </message>
    <message>
        <source>measure the performance targets of docs/ARCHITECTURE.md section 8</source>
        <comment>cli.help.bench</comment>
        <translation>測量 docs/ARCHITECTURE.md 第 8 節的效能目標</translation>
    </message>
    <message>
        <source>measure durability even when the store is on tmpfs/ramfs, where fsync is free</source>
        <comment>cli.help.bench.allow_tmpfs</comment>
        <translation>即使資料存放在 tmpfs/ramfs（fsync 不耗時間）也測量耐久性</translation>
    </message>
    <message>
        <source>--crash: kill -9 cycles (default 1,000)</source>
        <comment>cli.help.bench.cycles</comment>
        <translation>--crash：kill -9 的次數（預設 1,000）</translation>
    </message>
    <message>
        <source>only the {group} group</source>
        <comment>cli.help.bench.group</comment>
        <translation>僅 {group} 組</translation>
    </message>
    <message>
        <source>one JSON list on stdout</source>
        <comment>cli.help.bench.json</comment>
        <translation>在 stdout 輸出一個 JSON 清單</translation>
    </message>
    <message>
        <source>store size (default 1,000,000)</source>
        <comment>cli.help.bench.members</comment>
        <translation>資料量（預設 1,000,000）</translation>
    </message>
    <message>
        <source>--crash: the seed of the kill moments (default: a new one, printed)</source>
        <comment>cli.help.bench.seed</comment>
        <translation>--crash：終止時間點的亂數種子（預設：新產生一個並印出）</translation>
    </message>
    <message>
        <source>member cards</source>
        <comment>cli.help.cards</comment>
        <translation>會員卡</translation>
    </message>
    <message>
        <source>the card signing keys: show, export, import, rotate</source>
        <comment>cli.help.cards.key</comment>
        <translation>會員卡簽署金鑰：show、export、import、rotate</translation>
    </message>
    <message>
        <source>write this till&apos;s keys to a new file for the chain&apos;s other tills</source>
        <comment>cli.help.cards.key.export</comment>
        <translation>將本收銀台的金鑰寫入新檔案，供連鎖的其他收銀台使用</translation>
    </message>
    <message>
        <source>the key file to write</source>
        <comment>cli.help.cards.key.export.dest</comment>
        <translation>要寫入的金鑰檔案</translation>
    </message>
    <message>
        <source>add head office&apos;s keys to this till, or put back this shop&apos;s key file from a backup&apos;s .key file (restart the till afterwards)</source>
        <comment>cli.help.cards.key.import</comment>
        <translation>將總部的金鑰加入本收銀台，或從備份的 .key 檔案放回本店的金鑰檔案（之後請重新啟動收銀台）</translation>
    </message>
    <message>
        <source>the key file to read</source>
        <comment>cli.help.cards.key.import.source</comment>
        <translation>要讀取的金鑰檔案</translation>
    </message>
    <message>
        <source>no longer needed: earlier keys stay in the ring, so printed cards keep scanning</source>
        <comment>cli.help.cards.key.replace_printed</comment>
        <translation>已不需要：較早的金鑰會留在金鑰組中，已列印的會員卡仍可掃描</translation>
    </message>
    <message>
        <source>sign new cards with a new key; cards printed before keep scanning (restart the till afterwards)</source>
        <comment>cli.help.cards.key.rotate</comment>
        <translation>以新金鑰簽署新的會員卡；之前列印的會員卡仍可掃描（之後請重新啟動收銀台）</translation>
    </message>
    <message>
        <source>print this till&apos;s key fingerprints (compare them between tills)</source>
        <comment>cli.help.cards.key.show</comment>
        <translation>印出本收銀台的金鑰指紋（在收銀台之間比對）</translation>
    </message>
    <message>
        <source>write a PDF sheet of member cards (default: every card not printed yet)</source>
        <comment>cli.help.cards.print</comment>
        <translation>產生會員卡的 PDF 頁面（預設：所有尚未列印的會員卡）</translation>
    </message>
    <message>
        <source>only these members&apos; cards (comma-separated card numbers)</source>
        <comment>cli.help.cards.print.members</comment>
        <translation>只印這些會員的會員卡（以逗號隔開的卡號）</translation>
    </message>
    <message>
        <source>N blank pre-numbered cards to hand out at enrolment</source>
        <comment>cli.help.cards.print.new</comment>
        <translation>N 張預先編號的空白會員卡，供入會時發放</translation>
    </message>
    <message>
        <source>the PDF to write, e.g. cards.pdf</source>
        <comment>cli.help.cards.print.out</comment>
        <translation>要寫入的 PDF，例如 cards.pdf</translation>
    </message>
    <message>
        <source>sheet size (default A4)</source>
        <comment>cli.help.cards.print.paper</comment>
        <translation>紙張大小（預設 A4）</translation>
    </message>
    <message>
        <source>name printed on the cards (default: the shop&apos;s settings)</source>
        <comment>cli.help.cards.print.shop_name</comment>
        <translation>印在會員卡上的名稱（預設：商店的設定）</translation>
    </message>
    <message>
        <source>verify the database, every balance against its ledger, and the audit chain</source>
        <comment>cli.help.check</comment>
        <translation>檢查資料庫、每筆餘額與其點數帳，以及稽核鏈</translation>
    </message>
    <message>
        <source>where the shop&apos;s database lives (default: /var/lib/loyalty-pos or C:\ProgramData\loyalty-pos; the demo&apos;s: the user data folder&apos;s demo/; env LOYALTY_POS_DATA_DIR)</source>
        <comment>cli.help.data_dir</comment>
        <translation>商店資料庫的位置（預設：/var/lib/loyalty-pos 或 C:\ProgramData\loyalty-pos；示範商店：使用者資料夾中的 demo/；環境變數 LOYALTY_POS_DATA_DIR）</translation>
    </message>
    <message>
        <source>seed a demo shop in its own folder and open the till on it</source>
        <comment>cli.help.demo</comment>
        <translation>在專屬資料夾建立示範商店，並以它開啟收銀台</translation>
    </message>
    <message>
        <source>members to create (default 1,000)</source>
        <comment>cli.help.demo.members</comment>
        <translation>要建立的會員數（預設 1,000）</translation>
    </message>
    <message>
        <source>seed only; do not open the till</source>
        <comment>cli.help.demo.no_gui</comment>
        <translation>只建立資料；不開啟收銀台</translation>
    </message>
    <message>
        <source>random seed for reproducible demo data</source>
        <comment>cli.help.demo.seed</comment>
        <translation>亂數種子，用於產生可重現的示範資料</translation>
    </message>
    <message>
        <source>the one-time enrolment code</source>
        <comment>cli.help.enrolment_code</comment>
        <translation>一次性註冊碼</translation>
    </message>
    <message>
        <source>expire lapsed points and apply the yearly tier review now (the till also does both daily)</source>
        <comment>cli.help.expire</comment>
        <translation>立即讓逾期點數到期並套用年度等級審核（收銀台每天也會執行這兩項）</translation>
    </message>
    <message>
        <source>giveaway draws</source>
        <comment>cli.help.giveaway</comment>
        <translation>抽獎活動</translation>
    </message>
    <message>
        <source>the giveaway reward&apos;s id (as in the back office)</source>
        <comment>cli.help.giveaway.reward</comment>
        <translation>抽獎獎勵的代號（與後台管理相同）</translation>
    </message>
    <message>
        <source>recompute a drawn giveaway&apos;s winners from its entries and revealed seed</source>
        <comment>cli.help.giveaway.verify</comment>
        <translation>用抽獎券和已公開的種子重新算出抽獎的得獎者</translation>
    </message>
    <message>
        <source>show this help and exit</source>
        <comment>cli.help.help</comment>
        <translation>顯示此說明並結束</translation>
    </message>
    <message>
        <source>set a new shop up without a window (scripted installs); refuses a folder that holds a shop</source>
        <comment>cli.help.init</comment>
        <translation>不開視窗設定新商店（以指令稿安裝）；已有商店的資料夾會被拒絕</translation>
    </message>
    <message>
        <source>a line of the shop&apos;s address, kept for receipts (repeat for up to 3 lines)</source>
        <comment>cli.help.init.address</comment>
        <translation>商店地址的一行，用於收據（最多重複 3 行）</translation>
    </message>
    <message>
        <source>two-letter country code, e.g. NO, ID, TW</source>
        <comment>cli.help.init.country</comment>
        <translation>兩個字母的國家代碼，例如 NO、ID、TW</translation>
    </message>
    <message>
        <source>ISO currency of the prices (default: the country&apos;s)</source>
        <comment>cli.help.init.currency</comment>
        <translation>價格的 ISO 幣別（預設：該國的幣別）</translation>
    </message>
    <message>
        <source>Set a new shop up. Unset region options follow this computer&apos;s locale and time zone. The manager&apos;s PIN is asked twice, or read from --pin-file (mode 0600).</source>
        <comment>cli.help.init.description</comment>
        <translation>設定新商店。未指定的地區選項依本電腦的地區設定與時區。主管的 PIN 碼會詢問兩次，或從 --pin-file（權限 0600）讀取。</translation>
    </message>
    <message>
        <source>the shop&apos;s language (default: the country&apos;s)</source>
        <comment>cli.help.init.language</comment>
        <translation>商店的語言（預設：該國的語言）</translation>
    </message>
    <message>
        <source>the shop&apos;s logo for member cards (a PNG file)</source>
        <comment>cli.help.init.logo</comment>
        <translation>會員卡上的商店標誌（PNG 檔案）</translation>
    </message>
    <message>
        <source>the first manager&apos;s user name</source>
        <comment>cli.help.init.manager</comment>
        <translation>第一位主管的使用者名稱</translation>
    </message>
    <message>
        <source>the manager&apos;s full name (default: NAME)</source>
        <comment>cli.help.init.manager_name</comment>
        <translation>主管的全名（預設：NAME）</translation>
    </message>
    <message>
        <source>a file (mode 0600) whose first line is the manager&apos;s new PIN</source>
        <comment>cli.help.init.pin_file</comment>
        <translation>第一行為主管新 PIN 碼的檔案（權限 0600）</translation>
    </message>
    <message>
        <source>starter program: simple points, points and tiers, or a stamp card (buy 9, 10th free)</source>
        <comment>cli.help.init.program</comment>
        <translation>起始會員方案：單純點數、點數加等級，或集點卡（買 9 送第 10）</translation>
    </message>
    <message>
        <source>where receipts go, e.g. escpos-network:192.168.1.50 (default: PDF files in the data folder)</source>
        <comment>cli.help.init.receipt_printer</comment>
        <translation>收據的輸出位置，例如 escpos-network:192.168.1.50（預設：資料夾中的 PDF 檔案）</translation>
    </message>
    <message>
        <source>the shop&apos;s name as customers know it</source>
        <comment>cli.help.init.shop_name</comment>
        <translation>顧客熟知的商店名稱</translation>
    </message>
    <message>
        <source>stamp card: the item that earns a stamp, e.g. Coffee</source>
        <comment>cli.help.init.stamp_item</comment>
        <translation>集點卡：可集點的商品，例如咖啡</translation>
    </message>
    <message>
        <source>stamp card: that item&apos;s price, e.g. 35.00</source>
        <comment>cli.help.init.stamp_price</comment>
        <translation>集點卡：該商品的價格，例如 35.00</translation>
    </message>
    <message>
        <source>shelf prices include tax (VAT/GST) or are before tax (default: included)</source>
        <comment>cli.help.init.tax_mode</comment>
        <translation>標價含稅（營業稅）或未稅（預設：含稅）</translation>
    </message>
    <message>
        <source>basket: ring products up here; amount: the shop&apos;s own cash register rings sales up and the till records each sale&apos;s amount for points (default basket)</source>
        <comment>cli.help.init.till_mode</comment>
        <translation>basket：在這裡輸入商品；amount：由商店自己的收銀機結帳，本收銀台記錄每筆交易的金額以計算點數（預設 basket）</translation>
    </message>
    <message>
        <source>e.g. Europe/Oslo (default: this computer&apos;s)</source>
        <comment>cli.help.init.timezone</comment>
        <translation>例如 Asia/Taipei（預設：本電腦的時區）</translation>
    </message>
    <message>
        <source>make this folder a till of a chain instead of a new shop: register with the enrolment code and pull the shop, card keys, staff, program, catalog and members</source>
        <comment>cli.help.join</comment>
        <translation>讓此資料夾成為連鎖中的一台收銀台，而非新商店：以註冊碼註冊，並取得商店、會員卡金鑰、員工、會員方案、商品目錄與會員</translation>
    </message>
    <message>
        <source>the one-time enrolment code from &apos;loyalty-pos serve add-terminal&apos;</source>
        <comment>cli.help.join.code</comment>
        <translation>來自 &apos;loyalty-pos serve add-terminal&apos; 的一次性註冊碼</translation>
    </message>
    <message>
        <source>the manager&apos;s user name</source>
        <comment>cli.help.manager</comment>
        <translation>主管的使用者名稱</translation>
    </message>
    <message>
        <source>a file holding the manager&apos;s PIN, readable by its owner only (or set LOYALTY_POS_PIN, or type it when asked)</source>
        <comment>cli.help.manager_pin_file</comment>
        <translation>存放主管 PIN 碼的檔案，僅擁有者可讀取（或設定 LOYALTY_POS_PIN，或在詢問時輸入）</translation>
    </message>
    <message>
        <source>look a member up by card number; or: member export|erase ID, member retention --years N</source>
        <comment>cli.help.member</comment>
        <translation>以卡號查詢會員；或：member export|erase ID、member retention --years N</translation>
    </message>
    <message>
        <source>retention: erase the members listed</source>
        <comment>cli.help.member.erase</comment>
        <translation>retention：清除列出的會員</translation>
    </message>
    <message>
        <source>export: where to write (FILE.pdf: a readable PDF; otherwise JSON)</source>
        <comment>cli.help.member.out</comment>
        <translation>export：寫入的位置（FILE.pdf：易讀的 PDF；否則為 JSON）</translation>
    </message>
    <message>
        <source>export/erase: the member&apos;s id or card number</source>
        <comment>cli.help.member.target</comment>
        <translation>export/erase：會員編號或卡號</translation>
    </message>
    <message>
        <source>a 16-digit card number (spaces allowed) to look up, or a privacy action</source>
        <comment>cli.help.member.what</comment>
        <translation>要查詢的 16 位數卡號（可含空格），或隱私操作</translation>
    </message>
    <message>
        <source>retention: members with no sale or points activity for N years</source>
        <comment>cli.help.member.years</comment>
        <translation>retention：N 年內沒有交易或點數異動的會員</translation>
    </message>
    <message>
        <source>erase without asking to type ERASE (for scripts; it cannot be undone)</source>
        <comment>cli.help.member.yes</comment>
        <translation>清除時不要求輸入 ERASE（供指令稿使用；無法復原）</translation>
    </message>
    <message>
        <source>manager corrections and household transfers</source>
        <comment>cli.help.points</comment>
        <translation>主管更正與家庭成員間轉點</translation>
    </message>
    <message>
        <source>add (or with a minus sign, remove) points with a reason</source>
        <comment>cli.help.points.adjust</comment>
        <translation>增加（或加上負號時扣除）點數並註明原因</translation>
    </message>
    <message>
        <source>the member&apos;s card number</source>
        <comment>cli.help.points.card</comment>
        <translation>會員的卡號</translation>
    </message>
    <message>
        <source>the card number of the member who gives the points</source>
        <comment>cli.help.points.from_card</comment>
        <translation>轉出點數的會員卡號</translation>
    </message>
    <message>
        <source>how many points</source>
        <comment>cli.help.points.points</comment>
        <translation>多少點數</translation>
    </message>
    <message>
        <source>why (kept in the ledger)</source>
        <comment>cli.help.points.reason</comment>
        <translation>原因（記在點數帳中）</translation>
    </message>
    <message>
        <source>the card number of the member who receives them</source>
        <comment>cli.help.points.to_card</comment>
        <translation>接收點數的會員卡號</translation>
    </message>
    <message>
        <source>move points between members in steps of 1,000</source>
        <comment>cli.help.points.transfer</comment>
        <translation>在會員之間以 1,000 點為單位轉移點數</translation>
    </message>
    <message>
        <source>Offline-first point-of-sale loyalty terminal (no command: open the till)</source>
        <comment>cli.help.program</comment>
        <translation>可離線運作的收銀台會員點數終端機（不加指令：開啟收銀台）</translation>
    </message>
    <message>
        <source>reports to read at the shop</source>
        <comment>cli.help.report</comment>
        <translation>在店內查看的報表</translation>
    </message>
    <message>
        <source>end of day per till and cashier: sales, returns, money per tender, points</source>
        <comment>cli.help.report.day</comment>
        <translation>各收銀台與收銀員的日結：交易、退貨、各付款方式的金額、點數</translation>
    </message>
    <message>
        <source>the shop&apos;s local date (default: today there)</source>
        <comment>cli.help.report.day.date</comment>
        <translation>商店當地的日期（預設：當地今天）</translation>
    </message>
    <message>
        <source>only this terminal</source>
        <comment>cli.help.report.day.terminal</comment>
        <translation>僅此終端機</translation>
    </message>
    <message>
        <source>replace the database with a backup that passes check</source>
        <comment>cli.help.restore</comment>
        <translation>以通過檢查的備份取代資料庫</translation>
    </message>
    <message>
        <source>replace this shop with another shop&apos;s backup (its data and card keys)</source>
        <comment>cli.help.restore.other_shop</comment>
        <translation>以另一家商店的備份（其資料與會員卡金鑰）取代本店</translation>
    </message>
    <message>
        <source>the sealed backup&apos;s passphrase file</source>
        <comment>cli.help.restore.passphrase_file</comment>
        <translation>已密封備份的密語檔案</translation>
    </message>
    <message>
        <source>restore a backup whose card keys differ from this till&apos;s (cards printed with this till&apos;s keys then read as forged; its keys are kept aside either way)</source>
        <comment>cli.help.restore.replace_printed</comment>
        <translation>還原會員卡金鑰與本收銀台不同的備份（之後以本收銀台金鑰列印的會員卡會被判定為偽造；無論如何其金鑰都會另外保留）</translation>
    </message>
    <message>
        <source>the backup file to restore</source>
        <comment>cli.help.restore.source</comment>
        <translation>要還原的備份檔案</translation>
    </message>
    <message>
        <source>sales from another cash register</source>
        <comment>cli.help.sales</comment>
        <translation>來自其他收銀機的交易</translation>
    </message>
    <message>
        <source>import a register&apos;s CSV export (card or phone, amount, date, [time], receipt, [register], [category]); a receipt seen before is skipped</source>
        <comment>cli.help.sales.import</comment>
        <translation>匯入收銀機匯出的 CSV（會員卡或電話、金額、日期、[時間]、收據、[收銀機]、[類別]）；已匯入過的收據會略過</translation>
    </message>
    <message>
        <source>show each row&apos;s outcome and store nothing</source>
        <comment>cli.help.sales.import.dry_run</comment>
        <translation>顯示每一列的結果，不儲存任何內容</translation>
    </message>
    <message>
        <source>the CSV file to import</source>
        <comment>cli.help.sales.import.file</comment>
        <translation>要匯入的 CSV 檔案</translation>
    </message>
    <message>
        <source>run the chain&apos;s sync server; serve add-terminal|revoke-terminal|list-terminals|migrate</source>
        <comment>cli.help.serve</comment>
        <translation>執行連鎖的同步伺服器；serve add-terminal|revoke-terminal|list-terminals|migrate</translation>
    </message>
    <message>
        <source>create a terminal and print its one-time enrolment code</source>
        <comment>cli.help.serve.add_terminal</comment>
        <translation>建立終端機並印出其一次性註冊碼</translation>
    </message>
    <message>
        <source>may publish the program, catalog and card keys to the chain</source>
        <comment>cli.help.serve.add_terminal.head_office</comment>
        <translation>可向連鎖發布會員方案、商品目錄與會員卡金鑰</translation>
    </message>
    <message>
        <source>the shop this terminal belongs to (the till&apos;s shop id; default &apos;main&apos;)</source>
        <comment>cli.help.serve.add_terminal.shop</comment>
        <translation>此終端機所屬的商店（收銀台的商店編號；預設 &apos;main&apos;）</translation>
    </message>
    <message>
        <source>the server&apos;s database, postgresql+psycopg://user:pass@host/db (default: an embedded SQLite file in the data folder, to try it out)</source>
        <comment>cli.help.serve.db</comment>
        <translation>伺服器的資料庫，postgresql+psycopg://user:pass@host/db（預設：資料夾中的內嵌 SQLite 檔案，供試用）</translation>
    </message>
    <message>
        <source>address to listen on (default 127.0.0.1: this machine only)</source>
        <comment>cli.help.serve.host</comment>
        <translation>監聽的位址（預設 127.0.0.1：僅限本機）</translation>
    </message>
    <message>
        <source>the terminals, their shops and whether they are enrolled</source>
        <comment>cli.help.serve.list_terminals</comment>
        <translation>各終端機、所屬商店及是否已註冊</translation>
    </message>
    <message>
        <source>bring the database&apos;s schema to this release&apos;s (once, under a lock)</source>
        <comment>cli.help.serve.migrate</comment>
        <translation>將資料庫結構更新為此版本的結構（一次，在鎖定下進行）</translation>
    </message>
    <message>
        <source>upgrade the schema without a backup first (PostgreSQL without pg_dump on PATH)</source>
        <comment>cli.help.serve.no_backup</comment>
        <translation>不先備份就升級資料庫結構（PATH 中沒有 pg_dump 的 PostgreSQL）</translation>
    </message>
    <message>
        <source>port (default 8765)</source>
        <comment>cli.help.serve.port</comment>
        <translation>連接埠（預設 8765）</translation>
    </message>
    <message>
        <source>refuse every later request of a terminal&apos;s token</source>
        <comment>cli.help.serve.revoke_terminal</comment>
        <translation>拒絕該終端機權杖之後的所有請求</translation>
    </message>
    <message>
        <source>the terminal&apos;s name</source>
        <comment>cli.help.serve.terminal</comment>
        <translation>終端機的名稱</translation>
    </message>
    <message>
        <source>API worker processes (default 1)</source>
        <comment>cli.help.serve.workers</comment>
        <translation>API 工作行程數（預設 1）</translation>
    </message>
    <message>
        <source>the chain server, https://host[:port] (http:// only on this machine)</source>
        <comment>cli.help.server_url</comment>
        <translation>連鎖伺服器，https://host[:port]（http:// 僅限本機）</translation>
    </message>
    <message>
        <source>with --smoke-test: save a picture of that first screen</source>
        <comment>cli.help.smoke_screenshot</comment>
        <translation>搭配 --smoke-test：儲存第一個畫面的截圖</translation>
    </message>
    <message>
        <source>open the till (or the first-run setup), close it once its first screen is up and say which screen that was: checks an installation</source>
        <comment>cli.help.smoke_test</comment>
        <translation>開啟收銀台（或首次設定），第一個畫面出現後即關閉並說明是哪個畫面：用來檢查安裝</translation>
    </message>
    <message>
        <source>with --smoke-test: fail, saying where the start waited, if its first screen has not come up and closed after this long (default {seconds})</source>
        <comment>cli.help.smoke_timeout</comment>
        <translation>搭配 --smoke-test：若第一個畫面在這段時間後仍未出現並關閉，則失敗並說明啟動卡在哪裡（預設 {seconds}）</translation>
    </message>
    <message>
        <source>staff accounts: add, list, disable, reset a PIN; recover a forgotten manager PIN</source>
        <comment>cli.help.staff</comment>
        <translation>員工帳戶：新增、列出、停用、重設 PIN 碼；找回忘記的主管 PIN 碼</translation>
    </message>
    <message>
        <source>a new cashier or manager, with their first PIN</source>
        <comment>cli.help.staff.add</comment>
        <translation>新的收銀員或主管，並設定其第一組 PIN 碼</translation>
    </message>
    <message>
        <source>their name as colleagues know it</source>
        <comment>cli.help.staff.add.name</comment>
        <translation>同事熟知的名字</translation>
    </message>
    <message>
        <source>cashier or manager (default: cashier)</source>
        <comment>cli.help.staff.add.role</comment>
        <translation>收銀員或主管（預設：收銀員）</translation>
    </message>
    <message>
        <source>what they type at sign-in (letters, digits, dots, underscores)</source>
        <comment>cli.help.staff.add.username</comment>
        <translation>登入時輸入的名稱（字母、數字、句點、底線）</translation>
    </message>
    <message>
        <source>stop an account from signing in (its history stays)</source>
        <comment>cli.help.staff.disable</comment>
        <translation>讓帳戶無法登入（其歷史紀錄會保留）</translation>
    </message>
    <message>
        <source>every account, its role and whether it can sign in</source>
        <comment>cli.help.staff.list</comment>
        <translation>所有帳戶、其角色及是否可登入</translation>
    </message>
    <message>
        <source>a file (mode 0600) holding the account&apos;s new PIN (else it is asked twice)</source>
        <comment>cli.help.staff.new_pin_file</comment>
        <translation>存放帳戶新 PIN 碼的檔案（權限 0600）（否則會詢問兩次）</translation>
    </message>
    <message>
        <source>the shop&apos;s only manager forgot the PIN: set a new one with the recovery code printed at setup</source>
        <comment>cli.help.staff.recover</comment>
        <translation>商店唯一的主管忘記 PIN 碼：以設定時印出的復原碼設定新的 PIN 碼</translation>
    </message>
    <message>
        <source>a file (mode 0600) holding the recovery code (else it is asked)</source>
        <comment>cli.help.staff.recover.code_file</comment>
        <translation>存放復原碼的檔案（權限 0600）（否則會詢問）</translation>
    </message>
    <message>
        <source>whose PIN to set (default: the shop&apos;s only manager)</source>
        <comment>cli.help.staff.recover.manager</comment>
        <translation>要設定誰的 PIN 碼（預設：商店唯一的主管）</translation>
    </message>
    <message>
        <source>a file (mode 0600) holding the new PIN (else it is asked twice)</source>
        <comment>cli.help.staff.recover.pin_file</comment>
        <translation>存放新 PIN 碼的檔案（權限 0600）（否則會詢問兩次）</translation>
    </message>
    <message>
        <source>set a new PIN for an account and lift a lock-out</source>
        <comment>cli.help.staff.reset_pin</comment>
        <translation>為帳戶設定新的 PIN 碼並解除鎖定</translation>
    </message>
    <message>
        <source>the account&apos;s user name</source>
        <comment>cli.help.staff.username</comment>
        <translation>帳戶的使用者名稱</translation>
    </message>
    <message>
        <source>one sync round with the chain server (push, pull); &apos;sync register URL CODE&apos; joins this till to a chain</source>
        <comment>cli.help.sync</comment>
        <translation>與連鎖伺服器同步一輪（上傳、下載）；&apos;sync register URL CODE&apos; 讓本收銀台加入連鎖</translation>
    </message>
    <message>
        <source>exchange the enrolment code from &apos;loyalty-pos serve add-terminal&apos; for this till&apos;s terminal id and token</source>
        <comment>cli.help.sync.register</comment>
        <translation>以 &apos;loyalty-pos serve add-terminal&apos; 的註冊碼換取本收銀台的終端機編號與權杖</translation>
    </message>
    <message>
        <source>this till&apos;s name on the server (default: the computer&apos;s name)</source>
        <comment>cli.help.till_name</comment>
        <translation>本收銀台在伺服器上的名稱（預設：電腦名稱）</translation>
    </message>
    <message>
        <source>print the version and exit</source>
        <comment>cli.help.version</comment>
        <translation>顯示版本並結束</translation>
    </message>
    <message>
        <source>your manager user name (default: the shop&apos;s only manager)</source>
        <comment>cli.help.your_manager</comment>
        <translation>您的主管使用者名稱（預設：商店唯一的主管）</translation>
    </message>
    <message>
        <source>a file (mode 0600) holding your PIN (or set LOYALTY_POS_PIN; else it is asked)</source>
        <comment>cli.help.your_pin_file</comment>
        <translation>存放您 PIN 碼的檔案（權限 0600）（或設定 LOYALTY_POS_PIN；否則會詢問）</translation>
    </message>
    <message>
        <source>amount</source>
        <comment>cli.import_column_amount</comment>
        <translation>金額</translation>
    </message>
    <message>
        <source>line</source>
        <comment>cli.import_column_line</comment>
        <translation>行</translation>
    </message>
    <message>
        <source>outcome</source>
        <comment>cli.import_column_outcome</comment>
        <translation>結果</translation>
    </message>
    <message>
        <source>points</source>
        <comment>cli.import_column_points</comment>
        <translation>點數</translation>
    </message>
    <message>
        <source>receipt</source>
        <comment>cli.import_column_receipt</comment>
        <translation>收據</translation>
    </message>
    <message>
        <source>imported</source>
        <comment>cli.import_done</comment>
        <translation>已匯入</translation>
    </message>
    <message>
        <source>refused: {reason}</source>
        <comment>cli.import_refused</comment>
        <translation>已拒絕：{reason}</translation>
    </message>
    <message>
        <source>{imported} row(s) imported, {refused} refused</source>
        <comment>cli.import_summary</comment>
        <translation>已匯入 {imported} 列，拒絕 {refused} 列</translation>
    </message>
    <message>
        <source>{imported} row(s) would be imported, {refused} refused</source>
        <comment>cli.import_summary_dry</comment>
        <translation>將匯入 {imported} 列，拒絕 {refused} 列</translation>
    </message>
    <message>
        <source>would import</source>
        <comment>cli.import_would</comment>
        <translation>將匯入</translation>
    </message>
    <message>
        <source>{count} member(s) inactive since {day}</source>
        <comment>cli.inactive_count</comment>
        <translation>{count} 位會員自 {day} 起未活動</translation>
    </message>
    <message>
        <source>{count} member(s) (and more) inactive since {day}</source>
        <comment>cli.inactive_count_more</comment>
        <translation>{count} 位會員（還有更多）自 {day} 起未活動</translation>
    </message>
    <message>
        <source>{erased} member(s) erased, {points} points forfeited</source>
        <comment>cli.inactive_erased</comment>
        <translation>已清除 {erased} 位會員，{points} 點作廢</translation>
    </message>
    <message>
        <source>{member}  last activity {last}  {name}</source>
        <comment>cli.inactive_row</comment>
        <translation>{member}  最後活動 {last}  {name}</translation>
    </message>
    <message>
        <source>checking what arrived...</source>
        <comment>cli.join_step_check</comment>
        <translation>正在檢查收到的資料...</translation>
    </message>
    <message>
        <source>pulling the chain (members, head office&apos;s shop)...</source>
        <comment>cli.join_step_pull</comment>
        <translation>正在取得連鎖資料（會員、總部的商店）...</translation>
    </message>
    <message>
        <source>registering with the chain server...</source>
        <comment>cli.join_step_register</comment>
        <translation>正在向連鎖伺服器註冊...</translation>
    </message>
    <message>
        <source>saving the shop...</source>
        <comment>cli.join_step_save</comment>
        <translation>正在儲存商店...</translation>
    </message>
    <message>
        <source>joined the chain as terminal {terminal}: {shop}, {members} member(s); first backup {backup}</source>
        <comment>cli.joined</comment>
        <translation>已以終端機 {terminal} 加入連鎖：{shop}，{members} 位會員；第一份備份 {backup}</translation>
    </message>
    <message>
        <source>added {added} key(s)</source>
        <comment>cli.key_added</comment>
        <translation>已新增 {added} 把金鑰</translation>
    </message>
    <message>
        <source>wrote the card keys ({fingerprints}) to {path}; keep it secret, import it on each till with: loyalty-pos cards key import FILE</source>
        <comment>cli.key_exported</comment>
        <translation>已將會員卡金鑰（{fingerprints}）寫入 {path}；請妥善保密，並在每台收銀機以此指令匯入：loyalty-pos cards key import FILE</translation>
    </message>
    <message>
        <source>key file: {path}</source>
        <comment>cli.key_file</comment>
        <translation>金鑰檔案：{path}</translation>
    </message>
    <message>
        <source>card key fingerprint {fingerprint}</source>
        <comment>cli.key_fingerprint</comment>
        <translation>會員卡金鑰指紋 {fingerprint}</translation>
    </message>
    <message>
        <source>card key fingerprint {fingerprint}  (current: signs new cards)</source>
        <comment>cli.key_fingerprint_current</comment>
        <translation>會員卡金鑰指紋 {fingerprint}（目前：簽署新會員卡）</translation>
    </message>
    <message>
        <source>{what}{kept}; this till now signs cards with the key {current} and checks them with {fingerprints}; restart the till to use it</source>
        <comment>cli.key_imported</comment>
        <translation>{what}{kept}；這台收銀機現在以金鑰 {current} 簽署會員卡，並以 {fingerprints} 驗證；請重新啟動收銀機以使用</translation>
    </message>
    <message>
        <source> (the file it replaced is kept as {path})</source>
        <comment>cli.key_kept</comment>
        <translation>（被取代的檔案保留為 {path}）</translation>
    </message>
    <message>
        <source>no card key on record for this shop</source>
        <comment>cli.key_none</comment>
        <translation>此商店沒有會員卡金鑰紀錄</translation>
    </message>
    <message>
        <source>put back this shop&apos;s card keys</source>
        <comment>cli.key_repaired</comment>
        <translation>已放回此商店的會員卡金鑰</translation>
    </message>
    <message>
        <source>new cards are now signed with the key {current}; cards printed with the earlier key(s) {earlier} still scan. Restart the till to use it</source>
        <comment>cli.key_rotated</comment>
        <translation>新會員卡現在以金鑰 {current} 簽署；以先前金鑰 {earlier} 列印的會員卡仍可掃描。請重新啟動收銀機以使用新金鑰</translation>
    </message>
    <message>
        <source>member {member} was already erased: nothing changed</source>
        <comment>cli.member_already_erased</comment>
        <translation>會員 {member} 已清除：未做任何變更</translation>
    </message>
    <message>
        <source>  balance  {points} points</source>
        <comment>cli.member_balance</comment>
        <translation>  餘額     {points} 點</translation>
    </message>
    <message>
        <source>member {member} erased: {points} points forfeited, {cards} card(s) blocked, {receipts} stored receipt(s) anonymised</source>
        <comment>cli.member_erased</comment>
        <translation>會員 {member} 已清除：{points} 點作廢，{cards} 張會員卡停用，{receipts} 張已存收據已匿名化</translation>
    </message>
    <message>
        <source>  expiring {points} points on {day}</source>
        <comment>cli.member_expiring</comment>
        <translation>  即將到期 {points} 點，於 {day}</translation>
    </message>
    <message>
        <source>member {member}: data written to {path} ({format})</source>
        <comment>cli.member_exported</comment>
        <translation>會員 {member}：資料已寫入 {path}（{format}）</translation>
    </message>
    <message>
        <source>  next tier {tier}: {amount} more spend</source>
        <comment>cli.member_next_tier</comment>
        <translation>  下一等級 {tier}：再消費 {amount}</translation>
    </message>
    <message>
        <source>  tier     {tier}</source>
        <comment>cli.member_tier</comment>
        <translation>  等級     {tier}</translation>
    </message>
    <message>
        <source>never</source>
        <comment>cli.never</comment>
        <translation>從未</translation>
    </message>
    <message>
        <source>(no backup)</source>
        <comment>cli.no_backup</comment>
        <translation>（沒有備份）</translation>
    </message>
    <message>
        <source>none</source>
        <comment>cli.none</comment>
        <translation>無</translation>
    </message>
    <message>
        <source>no member has been inactive since {day}</source>
        <comment>cli.none_inactive</comment>
        <translation>沒有會員自 {day} 起未活動</translation>
    </message>
    <message>
        <source>not erased: ERASE was not typed</source>
        <comment>cli.not_erased</comment>
        <translation>未清除：未輸入 ERASE</translation>
    </message>
    <message>
        <source>NOTE: {note}</source>
        <comment>cli.note</comment>
        <translation>注意：{note}</translation>
    </message>
    <message>
        <source>new PIN set for {username}; a lock-out, if any, is lifted</source>
        <comment>cli.pin_reset</comment>
        <translation>已為 {username} 設定新的 PIN 碼；如有鎖定已解除</translation>
    </message>
    <message>
        <source>{name}: {points} points ({reason}); balance {balance}</source>
        <comment>cli.points_adjusted</comment>
        <translation>{name}：{points} 點（{reason}）；餘額 {balance}</translation>
    </message>
    <message>
        <source>moved {points} points from {giver} (now {given}) to {receiver} (now {received})</source>
        <comment>cli.points_moved</comment>
        <translation>已從 {giver}（現為 {given}）轉移 {points} 點給 {receiver}（現為 {received}）</translation>
    </message>
    <message>
        <source>PROBLEM: {problem}</source>
        <comment>cli.problem</comment>
        <translation>問題：{problem}</translation>
    </message>
    <message>
        <source>{what} cannot be undone. Type ERASE to go ahead:</source>
        <comment>cli.prompt.erase</comment>
        <translation>{what}無法復原。輸入 ERASE 以繼續：</translation>
    </message>
    <message>
        <source>PIN of the manager {manager} (not shown):</source>
        <comment>cli.prompt.manager_pin</comment>
        <translation>店長 {manager} 的 PIN（不顯示）：</translation>
    </message>
    <message>
        <source>New PIN for {whose} (4-12 digits, not shown):</source>
        <comment>cli.prompt.new_pin</comment>
        <translation>{whose} 的新 PIN（4 至 12 位數字，不顯示）：</translation>
    </message>
    <message>
        <source>The same PIN again:</source>
        <comment>cli.prompt.new_pin_again</comment>
        <translation>再輸入一次相同的 PIN：</translation>
    </message>
    <message>
        <source>Backup passphrase (not shown):</source>
        <comment>cli.prompt.passphrase</comment>
        <translation>備份密語（不顯示）：</translation>
    </message>
    <message>
        <source>The same passphrase again:</source>
        <comment>cli.prompt.passphrase_again</comment>
        <translation>再輸入一次相同的密語：</translation>
    </message>
    <message>
        <source>Recovery code (as printed at setup; not shown):</source>
        <comment>cli.prompt.recovery_code</comment>
        <translation>復原碼（設定時印出的；不顯示）：</translation>
    </message>
    <message>
        <source>new PIN set for {manager}; sign in with it.</source>
        <comment>cli.recovered</comment>
        <translation>已為 {manager} 設定新的 PIN 碼；請用它登入。</translation>
    </message>
    <message>
        <source>The recovery code just used no longer works. The new one is shown only this once: write it down.</source>
        <comment>cli.recovery_code_replaced</comment>
        <translation>剛使用的復原碼已失效。新的復原碼只會顯示這一次：請抄下來。</translation>
    </message>
    <message>
        <source>loyalty-pos serve: the sync server needs packages this install does not have ({package}).
Install them with: pip install &apos;loyalty-pos[server]&apos;</source>
        <comment>cli.serve_missing</comment>
        <translation>loyalty-pos serve：同步伺服器需要此安裝所沒有的套件（{package}）。
請以此指令安裝：pip install &apos;loyalty-pos[server]&apos;</translation>
    </message>
    <message>
        <source>  first backup: {path}</source>
        <comment>cli.setup_backup</comment>
        <translation>  第一份備份：  {path}</translation>
    </message>
    <message>
        <source>The shop {name!r} is set up in {path}.</source>
        <comment>cli.setup_done</comment>
        <translation>商店 {name!r} 已設定於 {path}。</translation>
    </message>
    <message>
        <source>  manager:      {manager} (signs in with the PIN just chosen)</source>
        <comment>cli.setup_manager</comment>
        <translation>  主管：        {manager}（以剛設定的 PIN 碼登入）</translation>
    </message>
    <message>
        <source>  program:      {program} (version {version}, published)</source>
        <comment>cli.setup_program</comment>
        <translation>  方案：        {program}（第 {version} 版，已發布）</translation>
    </message>
    <message>
        <source>Recovery code. It is shown only this once: write it down and keep it away from the till.</source>
        <comment>cli.setup_recovery_code</comment>
        <translation>復原碼。只會顯示這一次：請抄下來，並存放在遠離收銀機的地方。</translation>
    </message>
    <message>
        <source>If the shop&apos;s only manager forgets the PIN, &apos;loyalty-pos staff recover&apos; asks for it.</source>
        <comment>cli.setup_recovery_use</comment>
        <translation>若商店唯一的主管忘記 PIN 碼，&apos;loyalty-pos staff recover&apos; 會要求輸入此復原碼。</translation>
    </message>
    <message>
        <source>no first screen came up and closed within {seconds} s; where each thread was:
{stacks}</source>
        <comment>cli.smoke.deadline</comment>
        <translation>{seconds} 秒內沒有第一個畫面出現並關閉；各執行緒所在位置：
{stacks}</translation>
    </message>
    <message>
        <source>smoke test failed: exit code {code}, first screen {screen}</source>
        <comment>cli.smoke_failed</comment>
        <translation>冒煙測試失敗：結束代碼 {code}，第一個畫面 {screen}</translation>
    </message>
    <message>
        <source>smoke test passed: the till opened on {screen} and closed</source>
        <comment>cli.smoke_passed</comment>
        <translation>冒煙測試通過：收銀機開啟於 {screen} 後關閉</translation>
    </message>
    <message>
        <source>active</source>
        <comment>cli.staff_active</comment>
        <translation>在職</translation>
    </message>
    <message>
        <source>added the {role} {username} ({name}); they sign in with the new PIN</source>
        <comment>cli.staff_added</comment>
        <translation>已新增{role} {username}（{name}）；以新的 PIN 碼登入</translation>
    </message>
    <message>
        <source>NAME</source>
        <comment>cli.staff_column_name</comment>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ROLE</source>
        <comment>cli.staff_column_role</comment>
        <translation>角色</translation>
    </message>
    <message>
        <source>STATUS</source>
        <comment>cli.staff_column_status</comment>
        <translation>狀態</translation>
    </message>
    <message>
        <source>USER NAME</source>
        <comment>cli.staff_column_user</comment>
        <translation>使用者名稱</translation>
    </message>
    <message>
        <source>disabled</source>
        <comment>cli.staff_disabled</comment>
        <translation>已停用</translation>
    </message>
    <message>
        <source>{username} can no longer sign in; their sales and history stay</source>
        <comment>cli.staff_disabled_done</comment>
        <translation>{username} 已無法登入；其交易與紀錄仍保留</translation>
    </message>
    <message>
        <source>locked until {time}</source>
        <comment>cli.staff_locked_until</comment>
        <translation>鎖定至 {time}</translation>
    </message>
    <message>
        <source>card sheet pages</source>
        <comment>cli.stage.card_sheet_pages</comment>
        <translation>會員卡頁面</translation>
    </message>
    <message>
        <source>erasing</source>
        <comment>cli.stage.erasing</comment>
        <translation>清除中</translation>
    </message>
    <message>
        <source>history</source>
        <comment>cli.stage.history</comment>
        <translation>歷史紀錄</translation>
    </message>
    <message>
        <source>indexing</source>
        <comment>cli.stage.indexing</comment>
        <translation>建立索引</translation>
    </message>
    <message>
        <source>members</source>
        <comment>cli.stage.members</comment>
        <translation>會員</translation>
    </message>
    <message>
        <source>warning: this computer&apos;s clock differs from the server&apos;s by {seconds} s</source>
        <comment>cli.sync_clock_skew</comment>
        <translation>警告：這台電腦的時鐘與伺服器相差 {seconds} 秒</translation>
    </message>
    <message>
        <source>{count} member(s) below zero after the merge (two tills spent the same points offline): {members}</source>
        <comment>cli.sync_negative</comment>
        <translation>合併後有 {count} 位會員餘額低於零（兩台收銀機離線時使用了相同點數）：{members}</translation>
    </message>
    <message>
        <source>{parked} pulled event(s) wait for a member this till has not received yet</source>
        <comment>cli.sync_parked</comment>
        <translation>{parked} 筆取回的事件正等待這台收銀機尚未收到的會員</translation>
    </message>
    <message>
        <source>registered as terminal {terminal} of shop {shop} at {url}; run &apos;loyalty-pos sync&apos; for the first round</source>
        <comment>cli.sync_registered</comment>
        <translation>已註冊為 {url} 上商店 {shop} 的收銀台 {terminal}；請執行 &apos;loyalty-pos sync&apos; 進行第一輪同步</translation>
    </message>
    <message>
        <source>pushed {pushed} event(s), pulled {pulled}, {waiting} waiting</source>
        <comment>cli.sync_round</comment>
        <translation>已送出 {pushed} 筆事件，取回 {pulled} 筆，{waiting} 筆等待中</translation>
    </message>
    <message>
        <source>--bench-start starts the till: give it no command</source>
        <comment>cli.usage.bench_start_alone</comment>
        <translation>--bench-start 會開啟收銀台：請勿加上指令</translation>
    </message>
    <message>
        <source>--bench-start is for `loyalty-pos bench` only</source>
        <comment>cli.usage.bench_start_bench_only</comment>
        <translation>--bench-start 僅供 `loyalty-pos bench` 使用</translation>
    </message>
    <message>
        <source>{prog}: {message} (see --help)</source>
        <comment>cli.usage.error</comment>
        <translation>{prog}：{message}（請見 --help）</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <comment>cli.usage.negative</comment>
        <translation>不可為負數</translation>
    </message>
    <message>
        <source>a PIN is never given on the command line (others can read it there): use --pin-file F (mode 0600), set {env}, or type it when asked</source>
        <comment>cli.usage.no_pin_argument</comment>
        <translation>PIN 絕不可寫在指令列上（其他人看得到）：請用 --pin-file F（權限 0600）、設定 {env}，或在詢問時輸入</translation>
    </message>
    <message>
        <source>not a date (YYYY-MM-DD): {text}</source>
        <comment>cli.usage.not_a_date</comment>
        <translation>不是日期（YYYY-MM-DD）：{text}</translation>
    </message>
    <message>
        <source>must be above 0</source>
        <comment>cli.usage.not_above_zero</comment>
        <translation>必須大於 0</translation>
    </message>
    <message>
        <source>not a number of seconds above 0 and below a day: {text}</source>
        <comment>cli.usage.not_seconds</comment>
        <translation>不是大於 0 且小於一天的秒數：{text}</translation>
    </message>
    <message>
        <source>{text} is not a whole number</source>
        <comment>cli.usage.not_whole_number</comment>
        <translation>{text} 不是整數</translation>
    </message>
    <message>
        <source>--smoke-screenshot goes with --smoke-test</source>
        <comment>cli.usage.screenshot_needs_smoke</comment>
        <translation>--smoke-screenshot 須與 --smoke-test 一起使用</translation>
    </message>
    <message>
        <source>--smoke-test starts the till: give it no command</source>
        <comment>cli.usage.smoke_alone</comment>
        <translation>--smoke-test 會開啟收銀台：請勿加上指令</translation>
    </message>
    <message>
        <source>--smoke-timeout goes with --smoke-test</source>
        <comment>cli.usage.timeout_needs_smoke</comment>
        <translation>--smoke-timeout 須搭配 --smoke-test 使用</translation>
    </message>
    <message>
        <source>must not be 0</source>
        <comment>cli.usage.zero</comment>
        <translation>不可為 0</translation>
    </message>
    <message>
        <source>{value}</source>
        <comment>cli.value</comment>
        <translation>{value}</translation>
    </message>
    <message>
        <source>Austria</source>
        <comment>country.AT</comment>
        <translation>奧地利</translation>
    </message>
    <message>
        <source>Australia</source>
        <comment>country.AU</comment>
        <translation>澳洲</translation>
    </message>
    <message>
        <source>Belgium</source>
        <comment>country.BE</comment>
        <translation>比利時</translation>
    </message>
    <message>
        <source>Bahrain</source>
        <comment>country.BH</comment>
        <translation>巴林</translation>
    </message>
    <message>
        <source>Germany</source>
        <comment>country.DE</comment>
        <translation>德國</translation>
    </message>
    <message>
        <source>Denmark</source>
        <comment>country.DK</comment>
        <translation>丹麥</translation>
    </message>
    <message>
        <source>Spain</source>
        <comment>country.ES</comment>
        <translation>西班牙</translation>
    </message>
    <message>
        <source>Finland</source>
        <comment>country.FI</comment>
        <translation>芬蘭</translation>
    </message>
    <message>
        <source>France</source>
        <comment>country.FR</comment>
        <translation>法國</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <comment>country.GB</comment>
        <translation>英國</translation>
    </message>
    <message>
        <source>Indonesia</source>
        <comment>country.ID</comment>
        <translation>印尼</translation>
    </message>
    <message>
        <source>Ireland</source>
        <comment>country.IE</comment>
        <translation>愛爾蘭</translation>
    </message>
    <message>
        <source>Italy</source>
        <comment>country.IT</comment>
        <translation>義大利</translation>
    </message>
    <message>
        <source>Japan</source>
        <comment>country.JP</comment>
        <translation>日本</translation>
    </message>
    <message>
        <source>South Korea</source>
        <comment>country.KR</comment>
        <translation>南韓</translation>
    </message>
    <message>
        <source>Kuwait</source>
        <comment>country.KW</comment>
        <translation>科威特</translation>
    </message>
    <message>
        <source>Malaysia</source>
        <comment>country.MY</comment>
        <translation>馬來西亞</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <comment>country.NL</comment>
        <translation>荷蘭</translation>
    </message>
    <message>
        <source>Norway</source>
        <comment>country.NO</comment>
        <translation>挪威</translation>
    </message>
    <message>
        <source>Portugal</source>
        <comment>country.PT</comment>
        <translation>葡萄牙</translation>
    </message>
    <message>
        <source>Sweden</source>
        <comment>country.SE</comment>
        <translation>瑞典</translation>
    </message>
    <message>
        <source>Singapore</source>
        <comment>country.SG</comment>
        <translation>新加坡</translation>
    </message>
    <message>
        <source>Taiwan</source>
        <comment>country.TW</comment>
        <translation>台灣</translation>
    </message>
    <message>
        <source>United States</source>
        <comment>country.US</comment>
        <translation>美國</translation>
    </message>
    <message>
        <source>{member} already had {campaign} {limit} time(s) today: it gives points again tomorrow.</source>
        <comment>error.action_day_limit_reached</comment>
        <translation>{member} 今天已獲得「{campaign}」{limit} 次：明天才會再給點數。</translation>
    </message>
    <message>
        <source>{member} already had {campaign} {limit} time(s): that is the most it gives one member.</source>
        <comment>error.action_limit_reached</comment>
        <translation>{member} 已獲得「{campaign}」{limit} 次：每位會員最多只能獲得這麼多次。</translation>
    </message>
    <message>
        <source>{member} already had {campaign} {limit} time(s) this month: it gives points again next month.</source>
        <comment>error.action_month_limit_reached</comment>
        <translation>{member} 本月已獲得「{campaign}」{limit} 次：下個月才會再給點數。</translation>
    </message>
    <message>
        <source>{campaign} is not running for this member now, so it gives no points.</source>
        <comment>error.action_not_offered</comment>
        <translation>「{campaign}」目前不適用於此會員，因此不給點數。</translation>
    </message>
    <message>
        <source>{member} already had {campaign} {limit} time(s) this week: it gives points again next week.</source>
        <comment>error.action_week_limit_reached</comment>
        <translation>{member} 本週已獲得「{campaign}」{limit} 次：下週才會再給點數。</translation>
    </message>
    <message>
        <source>{member} already had {campaign} {limit} time(s) this year: it gives points again next year.</source>
        <comment>error.action_year_limit_reached</comment>
        <translation>{member} 今年已獲得「{campaign}」{limit} 次：明年才會再給點數。</translation>
    </message>
    <message>
        <source>The manager&apos;s approval does not hold: it was given for another kind of approval. Ask a manager to approve again.</source>
        <comment>error.approval_invalid.action</comment>
        <translation>主管的核准無效：此核准是為另一種核准而給的。請主管重新核准。</translation>
    </message>
    <message>
        <source>The manager&apos;s approval does not hold: it was given for another amount. Ask a manager to approve again.</source>
        <comment>error.approval_invalid.amount</comment>
        <translation>主管的核准無效：此核准是為另一個金額而給的。請主管重新核准。</translation>
    </message>
    <message>
        <source>The manager&apos;s approval does not hold: {approver} is no longer an active manager. Ask a manager to approve again.</source>
        <comment>error.approval_invalid.approver</comment>
        <translation>主管的核准無效：{approver} 已不再是在職主管。請主管重新核准。</translation>
    </message>
    <message>
        <source>The manager&apos;s approval does not hold: it has expired. Ask a manager to approve again.</source>
        <comment>error.approval_invalid.expired</comment>
        <translation>主管的核准無效：此核准已過期。請主管重新核准。</translation>
    </message>
    <message>
        <source>The manager&apos;s approval does not hold: no such approval was given. Ask a manager to approve again.</source>
        <comment>error.approval_invalid.none</comment>
        <translation>主管的核准無效：沒有這筆核准。請主管重新核准。</translation>
    </message>
    <message>
        <source>The manager&apos;s approval does not hold: it was given for another sale, return or member. Ask a manager to approve again.</source>
        <comment>error.approval_invalid.subject</comment>
        <translation>主管的核准無效：此核准是為另一筆銷售、退貨或另一位會員而給的。請主管重新核准。</translation>
    </message>
    <message>
        <source>The manager&apos;s approval does not hold: it was already used. Ask a manager to approve again.</source>
        <comment>error.approval_invalid.used</comment>
        <translation>主管的核准無效：此核准已使用過。請主管重新核准。</translation>
    </message>
    <message>
        <source>That is not a manager&apos;s PIN.</source>
        <comment>error.approval_refused</comment>
        <translation>這不是主管的 PIN 碼。</translation>
    </message>
    <message>
        <source>Too many wrong manager PINs at this till: approvals resume at {until}.</source>
        <comment>error.approvals_locked</comment>
        <translation>此收銀機輸入錯誤的主管 PIN 碼次數過多：{until} 起才能再核准。</translation>
    </message>
    <message>
        <source>Authored at head office: adding product categories is done on the head office till (Back office &gt; Program), and reaches this till with the next sync.</source>
        <comment>error.authored_at_head_office.adding_product_categories</comment>
        <translation>由總部編寫：新增商品類別須在總部的收銀機上進行（後台管理 &gt; 方案），並於下次同步時傳到此收銀機。</translation>
    </message>
    <message>
        <source>Authored at head office: deactivating products is done on the head office till (Back office &gt; Program), and reaches this till with the next sync.</source>
        <comment>error.authored_at_head_office.deactivating_products</comment>
        <translation>由總部編寫：停售商品須在總部的收銀機上進行（後台管理 &gt; 方案），並於下次同步時傳到此收銀機。</translation>
    </message>
    <message>
        <source>Authored at head office: discarding the draft program is done on the head office till (Back office &gt; Program), and reaches this till with the next sync.</source>
        <comment>error.authored_at_head_office.discarding_the_draft_program</comment>
        <translation>由總部編寫：捨棄方案草稿須在總部的收銀機上進行（後台管理 &gt; 方案），並於下次同步時傳到此收銀機。</translation>
    </message>
    <message>
        <source>Authored at head office: editing campaigns is done on the head office till (Back office &gt; Program), and reaches this till with the next sync.</source>
        <comment>error.authored_at_head_office.editing_campaigns</comment>
        <translation>由總部編寫：編輯活動須在總部的收銀機上進行（後台管理 &gt; 方案），並於下次同步時傳到此收銀機。</translation>
    </message>
    <message>
        <source>Authored at head office: editing charities is done on the head office till (Back office &gt; Program), and reaches this till with the next sync.</source>
        <comment>error.authored_at_head_office.editing_charities</comment>
        <translation>由總部編寫：編輯慈善機構須在總部的收銀機上進行（後台管理 &gt; 方案），並於下次同步時傳到此收銀機。</translation>
    </message>
    <message>
        <source>Authored at head office: editing gift card rules is done on the head office till (Back office &gt; Program), and reaches this till with the next sync.</source>
        <comment>error.authored_at_head_office.editing_gift_card_rules</comment>
        <translation>由總部編寫：編輯禮物卡規則須在總部的收銀機上進行（後台管理 &gt; 方案），並於下次同步時傳到此收銀機。</translation>
    </message>
    <message>
        <source>Authored at head office: editing products is done on the head office till (Back office &gt; Program), and reaches this till with the next sync.</source>
        <comment>error.authored_at_head_office.editing_products</comment>
        <translation>由總部編寫：編輯商品須在總部的收銀機上進行（後台管理 &gt; 方案），並於下次同步時傳到此收銀機。</translation>
    </message>
    <message>
        <source>Authored at head office: editing segments is done on the head office till (Back office &gt; Program), and reaches this till with the next sync.</source>
        <comment>error.authored_at_head_office.editing_segments</comment>
        <translation>由總部編寫：編輯客群須在總部的收銀機上進行（後台管理 &gt; 方案），並於下次同步時傳到此收銀機。</translation>
    </message>
    <message>
        <source>Authored at head office: editing the loyalty program is done on the head office till (Back office &gt; Program), and reaches this till with the next sync.</source>
        <comment>error.authored_at_head_office.editing_the_loyalty_program</comment>
        <translation>由總部編寫：編輯集點方案須在總部的收銀機上進行（後台管理 &gt; 方案），並於下次同步時傳到此收銀機。</translation>
    </message>
    <message>
        <source>Authored at head office: editing the reward catalog is done on the head office till (Back office &gt; Program), and reaches this till with the next sync.</source>
        <comment>error.authored_at_head_office.editing_the_reward_catalog</comment>
        <translation>由總部編寫：編輯獎勵目錄須在總部的收銀機上進行（後台管理 &gt; 方案），並於下次同步時傳到此收銀機。</translation>
    </message>
    <message>
        <source>Authored at head office: ending campaigns is done on the head office till (Back office &gt; Program), and reaches this till with the next sync.</source>
        <comment>error.authored_at_head_office.ending_campaigns</comment>
        <translation>由總部編寫：結束活動須在總部的收銀機上進行（後台管理 &gt; 方案），並於下次同步時傳到此收銀機。</translation>
    </message>
    <message>
        <source>Authored at head office: importing products is done on the head office till (Back office &gt; Program), and reaches this till with the next sync.</source>
        <comment>error.authored_at_head_office.importing_products</comment>
        <translation>由總部編寫：匯入商品須在總部的收銀機上進行（後台管理 &gt; 方案），並於下次同步時傳到此收銀機。</translation>
    </message>
    <message>
        <source>Authored at head office: publishing the loyalty program is done on the head office till (Back office &gt; Program), and reaches this till with the next sync.</source>
        <comment>error.authored_at_head_office.publishing_the_loyalty_program</comment>
        <translation>由總部編寫：發布集點方案須在總部的收銀機上進行（後台管理 &gt; 方案），並於下次同步時傳到此收銀機。</translation>
    </message>
    <message>
        <source>Authored at head office: removing product categories is done on the head office till (Back office &gt; Program), and reaches this till with the next sync.</source>
        <comment>error.authored_at_head_office.removing_product_categories</comment>
        <translation>由總部編寫：移除商品類別須在總部的收銀機上進行（後台管理 &gt; 方案），並於下次同步時傳到此收銀機。</translation>
    </message>
    <message>
        <source>Authored at head office: retiring rewards is done on the head office till (Back office &gt; Program), and reaches this till with the next sync.</source>
        <comment>error.authored_at_head_office.retiring_rewards</comment>
        <translation>由總部編寫：停用獎勵須在總部的收銀機上進行（後台管理 &gt; 方案），並於下次同步時傳到此收銀機。</translation>
    </message>
    <message>
        <source>{path}: not a file</source>
        <comment>error.backup_passphrase_file_refused.not_a_file</comment>
        <translation>{path}：不是檔案</translation>
    </message>
    <message>
        <source>{path}: other accounts can read or change it (mode {mode}): chmod 600 {path}</source>
        <comment>error.backup_passphrase_file_refused.shared</comment>
        <translation>{path}：其他帳號可以讀取或修改它（模式 {mode}）：chmod 600 {path}</translation>
    </message>
    <message>
        <source>{path} is off this machine (another disk or a network share), so the backup is sealed with a passphrase, and none was given: use --passphrase-file F (mode 0600), set LOYALTY_POS_BACKUP_PASSPHRASE, or type it when asked; the till&apos;s daily backup reads it from backup-passphrase (mode 0600) in the data folder.</source>
        <comment>error.backup_passphrase_needed</comment>
        <translation>{path} 不在這台電腦上（另一顆磁碟或網路共用資料夾），因此備份會以密碼短語加密，但未提供密碼短語：請使用 --passphrase-file F（模式 0600）、設定 LOYALTY_POS_BACKUP_PASSPHRASE，或在詢問時輸入；收銀機的每日備份會從資料資料夾中的 backup-passphrase（模式 0600）讀取。</translation>
    </message>
    <message>
        <source>{path} is off the machine (or marked off-site), so the backup is sealed with a passphrase, and none was given: use --passphrase-file F (mode 0600), set LOYALTY_POS_BACKUP_PASSPHRASE, or type it when asked; the till&apos;s daily backup reads it from backup-passphrase (mode 0600) in the data folder.</source>
        <comment>error.backup_passphrase_needed.daily</comment>
        <translation>{path} 不在這台電腦上（或標記為異地），因此備份會以密碼短語加密，但未提供密碼短語：請使用 --passphrase-file F（模式 0600）、設定 LOYALTY_POS_BACKUP_PASSPHRASE，或在詢問時輸入；收銀機的每日備份會從資料資料夾中的 backup-passphrase（模式 0600）讀取。</translation>
    </message>
    <message>
        <source>{path} is marked off-site, so the backup is sealed with a passphrase, and none was given: use --passphrase-file F (mode 0600), set LOYALTY_POS_BACKUP_PASSPHRASE, or type it when asked; the till&apos;s daily backup reads it from backup-passphrase (mode 0600) in the data folder.</source>
        <comment>error.backup_passphrase_needed.off_site</comment>
        <translation>{path} 標記為異地，因此備份會以密碼短語加密，但未提供密碼短語：請使用 --passphrase-file F（模式 0600）、設定 LOYALTY_POS_BACKUP_PASSPHRASE，或在詢問時輸入；收銀機的每日備份會從資料資料夾中的 backup-passphrase（模式 0600）讀取。</translation>
    </message>
    <message>
        <source>{path}: the file is cut off</source>
        <comment>error.backup_unsealable.cut_off</comment>
        <translation>{path}：檔案不完整</translation>
    </message>
    <message>
        <source>{path}: the file is damaged</source>
        <comment>error.backup_unsealable.damaged</comment>
        <translation>{path}：檔案已損壞</translation>
    </message>
    <message>
        <source>{path}: the file is damaged (nothing was restored)</source>
        <comment>error.backup_unsealable.damaged_not_restored</comment>
        <translation>{path}：檔案已損壞（未還原任何資料）</translation>
    </message>
    <message>
        <source>{path}: the file is damaged or cut off</source>
        <comment>error.backup_unsealable.damaged_or_cut_off</comment>
        <translation>{path}：檔案已損壞或不完整</translation>
    </message>
    <message>
        <source>{path}: the file has data after its end</source>
        <comment>error.backup_unsealable.data_after_end</comment>
        <translation>{path}：檔案結尾之後還有資料</translation>
    </message>
    <message>
        <source>{path}: an empty passphrase seals nothing</source>
        <comment>error.backup_unsealable.empty_passphrase</comment>
        <translation>{path}：空白的密碼短語無法加密任何東西</translation>
    </message>
    <message>
        <source>{path}: not a sealed loyalty-pos backup</source>
        <comment>error.backup_unsealable.not_sealed</comment>
        <translation>{path}：不是加密的 loyalty-pos 備份</translation>
    </message>
    <message>
        <source>{path}: wrong passphrase (nothing was restored)</source>
        <comment>error.backup_unsealable.wrong_passphrase</comment>
        <translation>{path}：密碼短語錯誤（未還原任何資料）</translation>
    </message>
    <message>
        <source>{what} is from 0 to {maximum:,} minor units, not {minor:,}</source>
        <comment>error.bad_amount.range</comment>
        <translation>{what}須介於 0 到 {maximum:,} 個最小貨幣單位，而非 {minor:,}</translation>
    </message>
    <message>
        <source>An approval names the sale, return or member.</source>
        <comment>error.bad_approval_subject</comment>
        <translation>核准須指明交易、退貨或會員。</translation>
    </message>
    <message>
        <source>The till locks after 1 to 60 minutes idle, or 0 for never</source>
        <comment>error.bad_auto_lock_minutes</comment>
        <translation>收銀機閒置 1 到 60 min 後鎖定，0 表示永不鎖定</translation>
    </message>
    <message>
        <source>The backup folder is a full path (from / or a drive)</source>
        <comment>error.bad_backup_dir</comment>
        <translation>備份資料夾須為完整路徑（從 / 或磁碟機開始）</translation>
    </message>
    <message>
        <source>Backups are kept 1 to 3650 days</source>
        <comment>error.bad_backup_keep_days</comment>
        <translation>備份保留 1 到 3650 天</translation>
    </message>
    <message>
        <source>The backup folder is off-site (yes) or not (no)</source>
        <comment>error.bad_backup_off_site</comment>
        <translation>備份資料夾位於異地（yes）或否（no）</translation>
    </message>
    <message>
        <source>A badge needs a name</source>
        <comment>error.bad_badge</comment>
        <translation>徽章需要名稱</translation>
    </message>
    <message>
        <source>Badge {name!r} needs a threshold from 1 to {limit}</source>
        <comment>error.bad_badge.threshold</comment>
        <translation>徽章 {name!r} 的門檻須為 1 到 {limit}</translation>
    </message>
    <message>
        <source>Base rate must be &gt;= 0 points per &gt; 0 amount</source>
        <comment>error.bad_base_rate</comment>
        <translation>基本比率須為每 &gt; 0 金額 &gt;= 0 點</translation>
    </message>
    <message>
        <source>Birthday is not a plausible date</source>
        <comment>error.bad_birthday</comment>
        <translation>生日日期不合理</translation>
    </message>
    <message>
        <source>Campaign {name!r} ends before it starts</source>
        <comment>error.bad_campaign</comment>
        <translation>活動 {name!r} 的結束早於開始</translation>
    </message>
    <message>
        <source>An action campaign needs an action</source>
        <comment>error.bad_campaign.action</comment>
        <translation>行動活動需要指定行動</translation>
    </message>
    <message>
        <source>A bonus campaign needs bonus points above 0</source>
        <comment>error.bad_campaign.bonus</comment>
        <translation>加贈活動的加贈點數須大於 0</translation>
    </message>
    <message>
        <source>A campaign holds out 0 to {most} % of members</source>
        <comment>error.bad_campaign.holdout</comment>
        <translation>活動保留的對照組為會員的 0 至 {most} %</translation>
    </message>
    <message>
        <source>Campaign {name!r}: the hours start before they end, within one day</source>
        <comment>error.bad_campaign.hours</comment>
        <translation>活動 {name!r}：時段須在同一天內，且開始早於結束</translation>
    </message>
    <message>
        <source>Campaign {name!r} needs {problem}</source>
        <comment>error.bad_campaign.limits</comment>
        <translation>活動 {name!r} 需要 {problem}</translation>
    </message>
    <message>
        <source>A multiplier campaign needs more than 100 %</source>
        <comment>error.bad_campaign.multiplier</comment>
        <translation>倍數活動須高於 100 %</translation>
    </message>
    <message>
        <source>Campaign {name!r} needs names in other languages with {problem}</source>
        <comment>error.bad_campaign.names</comment>
        <translation>活動 {name!r} 的其他語言名稱需要 {problem}</translation>
    </message>
    <message>
        <source>Instant-win odds must be 1 in 2 or rarer</source>
        <comment>error.bad_campaign.odds</comment>
        <translation>立即中獎機率須為 1/2 或更低</translation>
    </message>
    <message>
        <source>Campaign {name!r}: a tier&apos;s factor cannot be negative</source>
        <comment>error.bad_campaign.tier_factor</comment>
        <translation>活動 {name!r}：等級倍率不可為負數</translation>
    </message>
    <message>
        <source>Campaign {name!r}: weekdays are 1 (Monday) to 7 (Sunday)</source>
        <comment>error.bad_campaign.weekdays</comment>
        <translation>活動 {name!r}：星期為 1（星期一）到 7（星期日）</translation>
    </message>
    <message>
        <source>Daily cap cannot be negative</source>
        <comment>error.bad_cap</comment>
        <translation>每日上限不能為負數</translation>
    </message>
    <message>
        <source>Print between 1 and {max_cards_per_run:,} cards at a time, not {count:,}</source>
        <comment>error.bad_card_count</comment>
        <translation>每次列印 1 到 {max_cards_per_run:,} 張會員卡，而非 {count:,} 張</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was not accepted ({url}): {reason}</source>
        <comment>error.bad_certificate</comment>
        <translation>伺服器的憑證未被接受（{url}）：{reason}</translation>
    </message>
    <message>
        <source>A challenge needs a name</source>
        <comment>error.bad_challenge</comment>
        <translation>挑戰需要名稱</translation>
    </message>
    <message>
        <source>Challenge {name!r} needs bonus points above 0</source>
        <comment>error.bad_challenge.bonus</comment>
        <translation>挑戰 {name!r} 的紅利點數須大於 0</translation>
    </message>
    <message>
        <source>A streak counts weeks or months in a row</source>
        <comment>error.bad_challenge.streak</comment>
        <translation>連續挑戰以連續的週或月計算</translation>
    </message>
    <message>
        <source>Challenge {name!r} needs a target from 1 to {limit}</source>
        <comment>error.bad_challenge.target</comment>
        <translation>挑戰 {name!r} 的目標須為 1 到 {limit}</translation>
    </message>
    <message>
        <source>A charity needs a name</source>
        <comment>error.bad_charity</comment>
        <translation>慈善機構需要名稱</translation>
    </message>
    <message>
        <source>A charity&apos;s rate is money above 0 for points above 0</source>
        <comment>error.bad_charity_rate</comment>
        <translation>慈善機構的換算率須為大於 0 的點數換大於 0 的金額</translation>
    </message>
    <message>
        <source>{value!r} is not a country the till knows</source>
        <comment>error.bad_country</comment>
        <translation>{value!r} 不是收銀機認得的國家</translation>
    </message>
    <message>
        <source>{new!r} is not a currency the till knows</source>
        <comment>error.bad_currency</comment>
        <translation>{new!r} 不是收銀機認得的幣別</translation>
    </message>
    <message>
        <source>{currency!r} is not a currency the till knows</source>
        <comment>error.bad_currency.parsing</comment>
        <translation>{currency!r} 不是收銀機認得的幣別</translation>
    </message>
    <message>
        <source>This page cursor belongs to another list; start again</source>
        <comment>error.bad_cursor</comment>
        <translation>此頁面游標屬於另一份清單；請重新開始</translation>
    </message>
    <message>
        <source>The customer display is either on or off</source>
        <comment>error.bad_customer_display</comment>
        <translation>客戶顯示器只能開啟或關閉</translation>
    </message>
    <message>
        <source>The first day is after the last day.</source>
        <comment>error.bad_date_range</comment>
        <translation>開始日期晚於結束日期。</translation>
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
        <source>A screen&apos;s name is at most 200 characters</source>
        <comment>error.bad_display_screen</comment>
        <translation>螢幕名稱最多 200 個字元</translation>
    </message>
    <message>
        <source>The till&apos;s theme is normal or high_contrast</source>
        <comment>error.bad_display_theme</comment>
        <translation>收銀機主題為 normal 或 high_contrast</translation>
    </message>
    <message>
        <source>Early access needs a product and a tier</source>
        <comment>error.bad_early_access</comment>
        <translation>搶先購買需要商品與等級</translation>
    </message>
    <message>
        <source>{text!r} is not an email address</source>
        <comment>error.bad_email</comment>
        <translation>{text!r} 不是電子郵件地址</translation>
    </message>
    <message>
        <source>Export as {formats}, not {fmt!r}</source>
        <comment>error.bad_format</comment>
        <translation>匯出格式須為 {formats}，而非 {fmt!r}</translation>
    </message>
    <message>
        <source>A gift card amount is above 0</source>
        <comment>error.bad_gift_card_amount</comment>
        <translation>禮物卡金額須大於 0</translation>
    </message>
    <message>
        <source>The offline gift card cap cannot be negative</source>
        <comment>error.bad_gift_card_cap</comment>
        <translation>禮物卡離線上限不可為負數</translation>
    </message>
    <message>
        <source>The most put on a card at once is above 0 and at most {maximum:,} minor units</source>
        <comment>error.bad_gift_card_max</comment>
        <translation>單次存入卡片的上限須大於 0，且最多 {maximum:,} 個最小貨幣單位</translation>
    </message>
    <message>
        <source>A gift card number is GC and 10 digits, with a correct last digit</source>
        <comment>error.bad_gift_card_number</comment>
        <translation>禮物卡卡號為 GC 加 10 位數字，且最後一位須正確</translation>
    </message>
    <message>
        <source>A gift card serial is 1 to 999,999,999</source>
        <comment>error.bad_gift_card_serial</comment>
        <translation>禮物卡序號為 1 至 999,999,999</translation>
    </message>
    <message>
        <source>Grace after the review is 0 to 365 days</source>
        <comment>error.bad_grace</comment>
        <translation>審核後的寬限期為 0 到 365 天</translation>
    </message>
    <message>
        <source>Import mode must be one of {modes}</source>
        <comment>error.bad_import_mode</comment>
        <translation>匯入模式須為下列之一：{modes}</translation>
    </message>
    <message>
        <source>{value!r} is not a language the till knows</source>
        <comment>error.bad_language</comment>
        <translation>{value!r} 不是收銀機認得的語言</translation>
    </message>
    <message>
        <source>A points limit cannot be negative</source>
        <comment>error.bad_limit</comment>
        <translation>點數限制不可為負數</translation>
    </message>
    <message>
        <source>The logo must be a PNG picture.</source>
        <comment>error.bad_logo</comment>
        <translation>標誌須為 PNG 圖片。</translation>
    </message>
    <message>
        <source>The logo is not a stored picture</source>
        <comment>error.bad_logo.not_stored</comment>
        <translation>標誌不是已儲存的圖片</translation>
    </message>
    <message>
        <source>The logo is over 512 KB even scaled; choose a simpler picture.</source>
        <comment>error.bad_logo.too_large</comment>
        <translation>標誌縮小後仍超過 512 KB；請選擇較簡單的圖片。</translation>
    </message>
    <message>
        <source>{language!r} is not a language the till knows</source>
        <comment>error.bad_member_language</comment>
        <translation>{language!r} 不是本收銀機支援的語言</translation>
    </message>
    <message>
        <source>A member price needs an id and a name</source>
        <comment>error.bad_member_price.id</comment>
        <translation>會員價需要代碼與名稱</translation>
    </message>
    <message>
        <source>Member price {name!r} needs either a price or a percent off</source>
        <comment>error.bad_member_price.kind</comment>
        <translation>會員價 {name!r} 需要價格或折扣 %</translation>
    </message>
    <message>
        <source>Member price {name!r}: a percent from 1 to 100</source>
        <comment>error.bad_member_price.percent</comment>
        <translation>會員價 {name!r}：折扣為 1 到 100 %</translation>
    </message>
    <message>
        <source>Member price {name!r}: a price of 0 or more, on a product</source>
        <comment>error.bad_member_price.price</comment>
        <translation>會員價 {name!r}：價格須為 0 以上，且設在商品上</translation>
    </message>
    <message>
        <source>Member price {name!r} needs either a product or a category</source>
        <comment>error.bad_member_price.scope</comment>
        <translation>會員價 {name!r} 需要商品或類別</translation>
    </message>
    <message>
        <source>Minimum basket cannot be negative</source>
        <comment>error.bad_minimum</comment>
        <translation>最低消費不能為負數</translation>
    </message>
    <message>
        <source>Multiplier for {name} is negative</source>
        <comment>error.bad_multiplier</comment>
        <translation>{name} 的倍數為負</translation>
    </message>
    <message>
        <source>The till counts as offline after 1 to 10080 minutes without a sync</source>
        <comment>error.bad_offline_after_minutes</comment>
        <translation>收銀機超過 1 到 10080 min 未同步即視為離線</translation>
    </message>
    <message>
        <source>The offline cap is a number of points, or empty for the program&apos;s</source>
        <comment>error.bad_offline_cap</comment>
        <translation>離線上限為點數，留空則使用方案的上限</translation>
    </message>
    <message>
        <source>A page holds at least 1 row</source>
        <comment>error.bad_page_size</comment>
        <translation>每頁至少一列</translation>
    </message>
    <message>
        <source>A paid membership needs a name</source>
        <comment>error.bad_paid_tier</comment>
        <translation>付費會員資格需要名稱</translation>
    </message>
    <message>
        <source>Paid membership {name!r} needs a fee above 0</source>
        <comment>error.bad_paid_tier.fee</comment>
        <translation>付費會員資格 {name!r} 的費用須大於 0</translation>
    </message>
    <message>
        <source>Paid membership {name!r} lasts 1 to {limit} months</source>
        <comment>error.bad_paid_tier.months</comment>
        <translation>付費會員資格 {name!r} 的期限為 1 到 {limit} 個月</translation>
    </message>
    <message>
        <source>Paper must be A4 or Letter, not {paper!r}</source>
        <comment>error.bad_paper</comment>
        <translation>紙張須為 A4 或 Letter，而非 {paper!r}</translation>
    </message>
    <message>
        <source>Cards print on A4 or Letter</source>
        <comment>error.bad_paper.cards</comment>
        <translation>會員卡以 A4 或 Letter 列印</translation>
    </message>
    <message>
        <source>Line {line}: a code is up to {limit} printable characters</source>
        <comment>error.bad_partner_code</comment>
        <translation>第 {line} 行：代碼最多 {limit} 個可列印字元</translation>
    </message>
    <message>
        <source>An unusual pattern needs a threshold of 2 or more</source>
        <comment>error.bad_pattern_threshold</comment>
        <translation>異常模式的門檻須為 2 以上</translation>
    </message>
    <message>
        <source>The pattern window is from 1 minute to 24 hours</source>
        <comment>error.bad_pattern_window</comment>
        <translation>模式時間範圍最短 60 秒，最長 24 小時</translation>
    </message>
    <message>
        <source>{text!r} is not a percentage like 25 or 12.5</source>
        <comment>error.bad_percent</comment>
        <translation>{text!r} 不是像 25 或 12.5 這樣的 % 數值</translation>
    </message>
    <message>
        <source>{text} % is more than {maximum} %</source>
        <comment>error.bad_percent.too_high</comment>
        <translation>{text} % 超過 {maximum} %</translation>
    </message>
    <message>
        <source>{text!r} is not a phone number</source>
        <comment>error.bad_phone</comment>
        <translation>{text!r} 不是電話號碼</translation>
    </message>
    <message>
        <source>{text!r} is not a phone number in {region}</source>
        <comment>error.bad_phone.region</comment>
        <translation>{text!r} 不是 {region} 的電話號碼</translation>
    </message>
    <message>
        <source>Ask for {low} to {high} digits of the phone</source>
        <comment>error.bad_phone_digits</comment>
        <translation>詢問電話的 {low} 至 {high} 碼</translation>
    </message>
    <message>
        <source>A PIN is 4 to 12 digits.</source>
        <comment>error.bad_pin</comment>
        <translation>PIN 碼為 4 到 12 位數字。</translation>
    </message>
    <message>
        <source>Points are whole numbers, not {points!r}</source>
        <comment>error.bad_points</comment>
        <translation>點數須為整數，而非 {points!r}</translation>
    </message>
    <message>
        <source>A card prefix is 1 to 6 digits</source>
        <comment>error.bad_prefix</comment>
        <translation>會員卡前綴為 1 到 6 位數字</translation>
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
        <source>{what} is a whole number, not {quantity!r}</source>
        <comment>error.bad_quantity.not_whole</comment>
        <translation>{what}須為整數，而非 {quantity!r}</translation>
    </message>
    <message>
        <source>Put back at least 1</source>
        <comment>error.bad_quantity.put_back</comment>
        <translation>至少放回 1 個</translation>
    </message>
    <message>
        <source>{what} is from 1 to {max_quantity}, not {quantity}</source>
        <comment>error.bad_quantity.range</comment>
        <translation>{what}須介於 1 到 {max_quantity}，而非 {quantity}</translation>
    </message>
    <message>
        <source>Take at least 1 from stock</source>
        <comment>error.bad_quantity.take</comment>
        <translation>至少從庫存取出 1 個</translation>
    </message>
    <message>
        <source>The receipt footer: at most {lines} lines of {characters} characters</source>
        <comment>error.bad_receipt_footer</comment>
        <translation>收據頁尾：最多 {lines} 行，每行 {characters} 個字元</translation>
    </message>
    <message>
        <source>A translated receipt footer: at most {lines} lines of {characters} characters</source>
        <comment>error.bad_receipt_footer.translated</comment>
        <translation>翻譯的收據頁尾：最多 {lines} 行，每行 {characters} 個字元</translation>
    </message>
    <message>
        <source>The receipt header: at most {lines} lines of {characters} characters</source>
        <comment>error.bad_receipt_header</comment>
        <translation>收據頁首：最多 {lines} 行，每行 {characters} 個字元</translation>
    </message>
    <message>
        <source>A translated receipt header: at most {lines} lines of {characters} characters</source>
        <comment>error.bad_receipt_header.translated</comment>
        <translation>翻譯的收據頁首：最多 {lines} 行，每行 {characters} 個字元</translation>
    </message>
    <message>
        <source>{text!r} is not a receipt printer: {why}. Examples: {examples}</source>
        <comment>error.bad_receipt_printer</comment>
        <translation>{text!r} 不是收據印表機：{why}。範例：{examples}</translation>
    </message>
    <message>
        <source>A receipt sequence number is between 1 and {maximum}, not {seq}</source>
        <comment>error.bad_receipt_sequence</comment>
        <translation>收據序號須介於 1 到 {maximum}，而非 {seq}</translation>
    </message>
    <message>
        <source>A recovery code is {groups} groups of {group_length} letters and digits, as printed when the shop was set up.</source>
        <comment>error.bad_recovery_code</comment>
        <translation>復原碼為 {groups} 組、每組 {group_length} 個字母與數字，即設定商店時列印的內容。</translation>
    </message>
    <message>
        <source>Tier review date {review_month}/{review_day} is not a date</source>
        <comment>error.bad_review_date</comment>
        <translation>等級審核日 {review_month}/{review_day} 不是有效日期</translation>
    </message>
    <message>
        <source>The scanner&apos;s key gap is 5 to 500 ms</source>
        <comment>error.bad_scanner_max_gap_ms</comment>
        <translation>掃描器按鍵間隔為 5 到 500 ms</translation>
    </message>
    <message>
        <source>The shortest scan is 3 to 64 characters</source>
        <comment>error.bad_scanner_min_length</comment>
        <translation>最短掃描長度為 3 到 64 個字元</translation>
    </message>
    <message>
        <source>Search for text</source>
        <comment>error.bad_search</comment>
        <translation>請搜尋文字</translation>
    </message>
    <message>
        <source>The search holds an invisible control character: clear it and type it again</source>
        <comment>error.bad_search.control_character</comment>
        <translation>搜尋內容含有看不見的控制字元：請清除後重新輸入</translation>
    </message>
    <message>
        <source>Search for at most {max_search_chars} characters</source>
        <comment>error.bad_search.too_long</comment>
        <translation>搜尋最多 {max_search_chars} 個字元</translation>
    </message>
    <message>
        <source>Segment {name!r} is missing what its kind needs</source>
        <comment>error.bad_segment</comment>
        <translation>客群 {name!r} 缺少其類型所需的設定</translation>
    </message>
    <message>
        <source>The till syncs every 5 to 3600 seconds</source>
        <comment>error.bad_sync_every_seconds</comment>
        <translation>收銀機每 5 到 3600 秒同步一次</translation>
    </message>
    <message>
        <source>Prices either include tax (yes) or not (no)</source>
        <comment>error.bad_tax_mode</comment>
        <translation>價格含稅（yes）或不含稅（no）</translation>
    </message>
    <message>
        <source>Tax rate must be 0-100 %</source>
        <comment>error.bad_tax_rate</comment>
        <translation>稅率須為 0-100 %</translation>
    </message>
    <message>
        <source>Tender must be one of {known}</source>
        <comment>error.bad_tender</comment>
        <translation>付款方式須為下列之一：{known}</translation>
    </message>
    <message>
        <source>A terminal id has 1-8 letters or digits, not {terminal_id!r}</source>
        <comment>error.bad_terminal_id</comment>
        <translation>收銀台代號為 1-8 個字母或數字，而非 {terminal_id!r}</translation>
    </message>
    <message>
        <source>The text size is 100, 125 or 150 %</source>
        <comment>error.bad_text_size</comment>
        <translation>文字大小為 100、125 或 150 %</translation>
    </message>
    <message>
        <source>The translations map languages to texts</source>
        <comment>error.bad_text_variants</comment>
        <translation>翻譯須將語言對應到文字</translation>
    </message>
    <message>
        <source>{language!r} is not a language the till knows</source>
        <comment>error.bad_text_variants.language</comment>
        <translation>{language!r} 不是收銀機認得的語言</translation>
    </message>
    <message>
        <source>The translations are not a JSON map</source>
        <comment>error.bad_text_variants.not_json</comment>
        <translation>翻譯不是 JSON 對照表</translation>
    </message>
    <message>
        <source>The approval threshold is an amount in minor units</source>
        <comment>error.bad_threshold</comment>
        <translation>核准門檻是以最小貨幣單位計的金額</translation>
    </message>
    <message>
        <source>Tier {tier}: negative value</source>
        <comment>error.bad_tier</comment>
        <translation>等級 {tier}：數值為負</translation>
    </message>
    <message>
        <source>Tier code {tier!r}: use lower case letters without spaces</source>
        <comment>error.bad_tier_code</comment>
        <translation>等級代碼 {tier!r}：請使用小寫字母，不含空格</translation>
    </message>
    <message>
        <source>Tiers need strictly rising thresholds starting at 0</source>
        <comment>error.bad_tier_order</comment>
        <translation>等級門檻須從 0 開始嚴格遞增</translation>
    </message>
    <message>
        <source>{value!r} is not a language the till knows</source>
        <comment>error.bad_till_language</comment>
        <translation>{value!r} 不是收銀機認得的語言</translation>
    </message>
    <message>
        <source>The till either rings up baskets or records amounts</source>
        <comment>error.bad_till_mode</comment>
        <translation>收銀機可登錄購物內容或只記錄金額</translation>
    </message>
    <message>
        <source>{value!r} is not a time zone</source>
        <comment>error.bad_timezone</comment>
        <translation>{value!r} 不是時區</translation>
    </message>
    <message>
        <source>A user name is 1 to {max_username} letters, digits, dots or underscores.</source>
        <comment>error.bad_username</comment>
        <translation>使用者名稱為 1 到 {max_username} 個字母、數字、句點或底線。</translation>
    </message>
    <message>
        <source>Volume rule {name!r} needs a percent off (1 to 100) or bonus points</source>
        <comment>error.bad_volume_rule.effect</comment>
        <translation>量購規則 {name!r} 需要折扣（1 到 100 %）或紅利點數</translation>
    </message>
    <message>
        <source>A volume rule needs an id and a name</source>
        <comment>error.bad_volume_rule.id</comment>
        <translation>量購規則需要代碼與名稱</translation>
    </message>
    <message>
        <source>Volume rule {name!r}: a product or a category, not both</source>
        <comment>error.bad_volume_rule.scope</comment>
        <translation>量購規則 {name!r}：商品或類別擇一，不可同時設定</translation>
    </message>
    <message>
        <source>Volume rule {name!r} needs either a minimum quantity or a minimum basket value</source>
        <comment>error.bad_volume_rule.threshold</comment>
        <translation>量購規則 {name!r} 需要最低數量或最低購物金額</translation>
    </message>
    <message>
        <source>The qualifying window is 1 to 36 months</source>
        <comment>error.bad_window</comment>
        <translation>資格計算期間為 1 到 36 個月</translation>
    </message>
    <message>
        <source>Simulate 1 to {max_days} days, not {days}</source>
        <comment>error.bad_window.simulation</comment>
        <translation>模擬 1 到 {max_days} 天，而非 {days} 天</translation>
    </message>
    <message>
        <source>Retention is 1 to {max_retention_years} years, not {years}</source>
        <comment>error.bad_years</comment>
        <translation>保存期限為 1 到 {max_retention_years} 年，而非 {years} 年</translation>
    </message>
    <message>
        <source>A member&apos;s balance stays within {max_balance:,} points; this would make it {balance:,}</source>
        <comment>error.balance_too_large</comment>
        <translation>會員餘額上限為 {max_balance:,} 點；此操作會使其變為 {balance:,} 點</translation>
    </message>
    <message>
        <source>Barcode {barcode} is on {name}</source>
        <comment>error.barcode_in_use</comment>
        <translation>條碼 {barcode} 已用於 {name}</translation>
    </message>
    <message>
        <source>A Code 128 barcode takes 1-{max_code128_text} printable ASCII characters, not {text!r}</source>
        <comment>error.barcode_text_invalid</comment>
        <translation>Code 128 條碼可容納 1-{max_code128_text} 個可列印的 ASCII 字元，而非 {text!r}</translation>
    </message>
    <message>
        <source>{name} has already ended</source>
        <comment>error.campaign_over</comment>
        <translation>{name} 已經結束</translation>
    </message>
    <message>
        <source>Campaign {key} was not found.</source>
        <comment>error.campaign_unknown</comment>
        <translation>找不到活動 {key}。</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <comment>error.cannot_deactivate_self</comment>
        <translation>您無法停用自己的帳號。</translation>
    </message>
    <message>
        <source>Card refused: the check digit is wrong (mistyped?).</source>
        <comment>error.card_bad_check_digit</comment>
        <translation>卡片遭拒：檢查碼錯誤（打錯了嗎？）。</translation>
    </message>
    <message>
        <source>Card refused: {text!r}: the check digit is wrong (mistyped?).</source>
        <comment>error.card_bad_check_digit.typed</comment>
        <translation>卡片遭拒：{text!r}：檢查碼錯誤（打錯了嗎？）。</translation>
    </message>
    <message>
        <source>Card refused: a card number has {length} digits, this has {found}.</source>
        <comment>error.card_bad_length</comment>
        <translation>卡片遭拒：會員卡號碼有 {length} 位數，這個有 {found} 位。</translation>
    </message>
    <message>
        <source>Card refused: {text!r}: a card number has {length} digits, this has {found}.</source>
        <comment>error.card_bad_length.typed</comment>
        <translation>卡片遭拒：{text!r}：會員卡號碼有 {length} 位數，這個有 {found} 位。</translation>
    </message>
    <message>
        <source>Card refused: this card is blocked.</source>
        <comment>error.card_blocked</comment>
        <translation>卡片遭拒：此會員卡已停用。</translation>
    </message>
    <message>
        <source>Card refused: card {card} is blocked.</source>
        <comment>error.card_blocked.printing</comment>
        <translation>卡片遭拒：會員卡 {card} 已停用。</translation>
    </message>
    <message>
        <source>Card refused: this card already belongs to a member.</source>
        <comment>error.card_in_use</comment>
        <translation>卡片遭拒：此會員卡已屬於某位會員。</translation>
    </message>
    <message>
        <source>{path}: {reason}.</source>
        <comment>error.card_key_file_refused</comment>
        <translation>{path}：{reason}。</translation>
    </message>
    <message>
        <source>{path}: already exists; choose a new file name.</source>
        <comment>error.card_key_file_refused.exists</comment>
        <translation>{path}：已存在；請選擇新的檔名。</translation>
    </message>
    <message>
        <source>{path}: {size} bytes, not a card signing key ({key_bytes} bytes per key).</source>
        <comment>error.card_key_file_refused.not_a_key</comment>
        <translation>{path}：{size} 位元組，不是會員卡簽章金鑰（每把金鑰 {key_bytes} 位元組）。</translation>
    </message>
    <message>
        <source>{path}: not a regular file.</source>
        <comment>error.card_key_file_refused.not_regular_file</comment>
        <translation>{path}：不是一般檔案。</translation>
    </message>
    <message>
        <source>{path}: it holds the same key twice.</source>
        <comment>error.card_key_file_refused.same_key_twice</comment>
        <translation>{path}：同一把金鑰出現了兩次。</translation>
    </message>
    <message>
        <source>{path}: {size:,} bytes, far too large for a card key file.</source>
        <comment>error.card_key_file_refused.too_large</comment>
        <translation>{path}：{size:,} 位元組，對會員卡金鑰檔案來說太大了。</translation>
    </message>
    <message>
        <source>The card signing key {path} is {size} bytes, expected {expected} per key. Restore it from a backup (the .key file beside the backup); a new key would make every printed card&apos;s QR code invalid.</source>
        <comment>error.card_key_invalid</comment>
        <translation>會員卡簽章金鑰 {path} 有 {size} 位元組，每把金鑰應為 {expected}。請從備份還原（備份旁的 .key 檔案）；新的金鑰會讓每張已列印會員卡的 QR 碼失效。</translation>
    </message>
    <message>
        <source>Head office&apos;s card signing key ring cannot be used: the ring changed while it was being taken. Put the right key file back: restore it from a backup (the .key file beside the backup file), or run &apos;loyalty-pos cards key import FILE&apos; with the key file of this shop.</source>
        <comment>error.card_key_mismatch.head_office</comment>
        <translation>無法使用總部的會員卡簽章金鑰環：取用期間金鑰環已變更。請放回正確的金鑰檔：從備份還原（備份檔旁的 .key 檔），或以本店的金鑰檔執行 &apos;loyalty-pos cards key import FILE&apos;。</translation>
    </message>
    <message>
        <source>The card signing key {path} cannot be used: the key file to import does not mend it: {problem}. Use the .key file of one of this shop&apos;s backups.</source>
        <comment>error.card_key_mismatch.import_does_not_mend</comment>
        <translation>會員卡簽章金鑰 {path} 無法使用：要匯入的金鑰檔案無法修復它：{problem}。請使用本店某個備份的 .key 檔案。</translation>
    </message>
    <message>
        <source>The card signing key {path} cannot be used: the file is missing; this shop&apos;s key is {recorded}. Put the right key file back: restore it from a backup (the .key file beside the backup file), or run &apos;loyalty-pos cards key import FILE&apos; with the key file of this shop.</source>
        <comment>error.card_key_mismatch.missing</comment>
        <translation>無法使用會員卡簽章金鑰 {path}：檔案不見了；本店的金鑰是 {recorded}。請放回正確的金鑰檔：從備份還原（備份檔旁的 .key 檔），或以本店的金鑰檔執行 &apos;loyalty-pos cards key import FILE&apos;。</translation>
    </message>
    <message>
        <source>The card signing key {path} cannot be used: the file is missing and the shop has no card key on record. Put the right key file back: restore it from a backup (the .key file beside the backup file), or run &apos;loyalty-pos cards key import FILE&apos; with the key file of this shop.</source>
        <comment>error.card_key_mismatch.missing_none_recorded</comment>
        <translation>無法使用會員卡簽章金鑰 {path}：檔案不見了，而且本店沒有登記的會員卡金鑰。請放回正確的金鑰檔：從備份還原（備份檔旁的 .key 檔），或以本店的金鑰檔執行 &apos;loyalty-pos cards key import FILE&apos;。</translation>
    </message>
    <message>
        <source>The new shop&apos;s card signing key cannot be used: this shop already has a card key on record. Put the right key file back: restore it from a backup (the .key file beside the backup file), or run &apos;loyalty-pos cards key import FILE&apos; with the key file of this shop.</source>
        <comment>error.card_key_mismatch.new_shop</comment>
        <translation>無法使用新店家的會員卡簽章金鑰：本店已有登記的會員卡金鑰。請放回正確的金鑰檔：從備份還原（備份檔旁的 .key 檔），或以本店的金鑰檔執行 &apos;loyalty-pos cards key import FILE&apos;。</translation>
    </message>
    <message>
        <source>The card signing key {path} cannot be used: the file holds the key {present}, but this shop&apos;s key is {recorded}. Put the right key file back: restore it from a backup (the .key file beside the backup file), or run &apos;loyalty-pos cards key import FILE&apos; with the key file of this shop.</source>
        <comment>error.card_key_mismatch.other_key</comment>
        <translation>無法使用會員卡簽章金鑰 {path}：檔案中的金鑰是 {present}，但本店的金鑰是 {recorded}。請放回正確的金鑰檔：從備份還原（備份檔旁的 .key 檔），或以本店的金鑰檔執行 &apos;loyalty-pos cards key import FILE&apos;。</translation>
    </message>
    <message>
        <source>The card signing key cannot be rotated: the ring changed while it was being rotated. Put the right key file back: restore it from a backup (the .key file beside the backup file), or run &apos;loyalty-pos cards key import FILE&apos; with the key file of this shop.</source>
        <comment>error.card_key_mismatch.rotation</comment>
        <translation>無法輪替會員卡簽章金鑰：輪替期間金鑰環已變更。請放回正確的金鑰檔：從備份還原（備份檔旁的 .key 檔），或以本店的金鑰檔執行 &apos;loyalty-pos cards key import FILE&apos;。</translation>
    </message>
    <message>
        <source>The card signing key {path} cannot be used: the shop has no card key on record (there was no key file when it was upgraded), so this file&apos;s key {present} cannot be trusted. Put the right key file back: restore it from a backup (the .key file beside the backup file), or run &apos;loyalty-pos cards key import FILE&apos; with the key file of this shop.</source>
        <comment>error.card_key_mismatch.untrusted</comment>
        <translation>無法使用會員卡簽章金鑰 {path}：本店沒有登記的會員卡金鑰（升級時沒有金鑰檔），因此無法信任此檔案的金鑰 {present}。請放回正確的金鑰檔：從備份還原（備份檔旁的 .key 檔），或以本店的金鑰檔執行 &apos;loyalty-pos cards key import FILE&apos;。</translation>
    </message>
    <message>
        <source>The card signing key {path} is missing, so printed cards&apos; QR codes cannot be checked. Restore it from a backup (the .key file beside the backup) or with &apos;loyalty-pos cards key import FILE&apos;; a new key would make every printed card&apos;s QR code invalid.</source>
        <comment>error.card_key_missing</comment>
        <translation>找不到會員卡簽章金鑰 {path}，因此無法檢查已列印會員卡的 QR 碼。請從備份還原（備份旁的 .key 檔案）或使用 &apos;loyalty-pos cards key import FILE&apos;；新的金鑰會讓每張已列印會員卡的 QR 碼失效。</translation>
    </message>
    <message>
        <source>Every key in the file is already in this till&apos;s ring (current {current}); nothing changed</source>
        <comment>error.card_keys_known</comment>
        <translation>檔案中的每把金鑰都已在這台收銀機的金鑰組中（目前為 {current}）；未做任何變更</translation>
    </message>
    <message>
        <source>Card refused: a card number has digits only.</source>
        <comment>error.card_not_numeric</comment>
        <translation>卡片遭拒：會員卡號碼只能有數字。</translation>
    </message>
    <message>
        <source>Card refused: {text!r}: a card number has digits only.</source>
        <comment>error.card_not_numeric.typed</comment>
        <translation>卡片遭拒：{text!r}：會員卡號碼只能有數字。</translation>
    </message>
    <message>
        <source>Card number {card_number!r} must be 16 digits without spaces</source>
        <comment>error.card_number_not_normalised</comment>
        <translation>會員卡號 {card_number!r} 須為 16 位數字，不含空格</translation>
    </message>
    <message>
        <source>Could not find enough free card numbers</source>
        <comment>error.card_numbers_exhausted</comment>
        <translation>找不到足夠的可用會員卡號</translation>
    </message>
    <message>
        <source>Could not find a free card number</source>
        <comment>error.card_numbers_exhausted.one</comment>
        <translation>找不到可用的會員卡號</translation>
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
        <source>Card refused: this card was replaced by a newer card.</source>
        <comment>error.card_replaced</comment>
        <translation>卡片遭拒：此會員卡已由較新的會員卡取代。</translation>
    </message>
    <message>
        <source>Card refused: card {card} was replaced by a newer card; print that one.</source>
        <comment>error.card_replaced.printing</comment>
        <translation>卡片遭拒：會員卡 {card} 已由較新的會員卡取代；請列印那一張。</translation>
    </message>
    <message>
        <source>Cannot write the card sheet {path}: {reason}.</source>
        <comment>error.card_sheet_unwritable</comment>
        <translation>無法寫入卡片頁 {path}：{reason}。</translation>
    </message>
    <message>
        <source>Cannot write the card sheet {path}: it is a folder; give a file name such as cards.pdf.</source>
        <comment>error.card_sheet_unwritable.folder</comment>
        <translation>無法寫入會員卡列印頁 {path}：這是資料夾；請提供檔名，例如 cards.pdf。</translation>
    </message>
    <message>
        <source>Cannot write the card sheet {path}: the folder {folder} does not exist.</source>
        <comment>error.card_sheet_unwritable.no_folder</comment>
        <translation>無法寫入會員卡列印頁 {path}：資料夾 {folder} 不存在。</translation>
    </message>
    <message>
        <source>Card refused: no member has this card.</source>
        <comment>error.card_unknown</comment>
        <translation>卡片遭拒：沒有會員持有此會員卡。</translation>
    </message>
    <message>
        <source>Card refused: no member has card {card}.</source>
        <comment>error.card_unknown.printing</comment>
        <translation>卡片遭拒：沒有會員持有會員卡 {card}。</translation>
    </message>
    <message>
        <source>Category {name} already exists</source>
        <comment>error.category_exists</comment>
        <translation>類別 {name} 已存在</translation>
    </message>
    <message>
        <source>Category {name} is named by {uses} in the loyalty program</source>
        <comment>error.category_in_program</comment>
        <translation>類別 {name} 在集點方案中被 {uses} 使用</translation>
    </message>
    <message>
        <source>Category {name} still has {count} products; move them to another first</source>
        <comment>error.category_in_use</comment>
        <translation>類別 {name} 仍有 {count} 項商品；請先移至其他類別</translation>
    </message>
    <message>
        <source>A category needs a name</source>
        <comment>error.category_name_required</comment>
        <translation>類別需要名稱</translation>
    </message>
    <message>
        <source>A category name has at most {max_name_length} characters</source>
        <comment>error.category_name_too_long</comment>
        <translation>類別名稱最多 {max_name_length} 個字元</translation>
    </message>
    <message>
        <source>Category {key} was not found.</source>
        <comment>error.category_unknown</comment>
        <translation>找不到類別 {key}。</translation>
    </message>
    <message>
        <source>{what} cannot be undone: add --yes to confirm it from a script</source>
        <comment>error.confirm_required</comment>
        <translation>{what}無法復原：從指令碼執行時請加上 --yes 確認</translation>
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
        <source>The country cannot change once the shop has made a sale</source>
        <comment>error.country_fixed</comment>
        <translation>商店有交易後就不能變更國家</translation>
    </message>
    <message>
        <source>Cannot open {path}: {reason}</source>
        <comment>error.csv_unreadable</comment>
        <translation>無法開啟 {path}：{reason}</translation>
    </message>
    <message>
        <source>{path}: {error}</source>
        <comment>error.csv_unreadable.csv</comment>
        <translation>{path}：{error}</translation>
    </message>
    <message>
        <source>{path} is not UTF-8 text</source>
        <comment>error.csv_unreadable.not_utf8</comment>
        <translation>{path} 不是 UTF-8 文字</translation>
    </message>
    <message>
        <source>Cannot write {out_path}: {reason}</source>
        <comment>error.csv_unwritable</comment>
        <translation>無法寫入 {out_path}：{reason}</translation>
    </message>
    <message>
        <source>{new} has {exponent} decimals and {old} {old_exponent}: every price and threshold would change; set the shop up again in {new} instead</source>
        <comment>error.currency_decimals_differ</comment>
        <translation>{new} 有 {exponent} 位小數，{old} 有 {old_exponent} 位：所有價格與門檻都會改變；請改以 {new} 重新設定商店</translation>
    </message>
    <message>
        <source>The currency cannot change once the shop has made a sale</source>
        <comment>error.currency_fixed</comment>
        <translation>商店有交易後就不能變更幣別</translation>
    </message>
    <message>
        <source>{product} is priced in {currency}</source>
        <comment>error.currency_mismatch</comment>
        <translation>{product} 以 {currency} 計價</translation>
    </message>
    <message>
        <source>The basket is in {basket}, the program in {program}</source>
        <comment>error.currency_mismatch.program</comment>
        <translation>購物內容以 {basket} 計價，方案以 {program} 計價</translation>
    </message>
    <message>
        <source>{problem} The newest backup that passes check is {backup}; restore it with: loyalty-pos --data-dir {data_dir} restore {backup}</source>
        <comment>error.damaged_shop</comment>
        <translation>{problem} 通過檢查（check）的最新備份是 {backup}；請用以下指令還原：loyalty-pos --data-dir {data_dir} restore {backup}</translation>
    </message>
    <message>
        <source>{problem} No backup that passes check was found in {folder}; if you keep copies elsewhere, restore one with: loyalty-pos --data-dir {data_dir} restore BACKUP</source>
        <comment>error.damaged_shop.no_backup</comment>
        <translation>{problem} 在 {folder} 中找不到通過檢查（check）的備份；若您在別處存有副本，請用以下指令還原：loyalty-pos --data-dir {data_dir} restore BACKUP</translation>
    </message>
    <message>
        <source>{holder} is already running on this data directory (pid {pid} on host {host}); close it first</source>
        <comment>error.data_dir_in_use</comment>
        <translation>{holder} 已在此資料目錄上執行（主機 {host} 上的 pid {pid}），請先關閉</translation>
    </message>
    <message>
        <source>loyalty-pos demo is already running on this data directory (pid {pid} on host {host}); close it first</source>
        <comment>error.data_dir_in_use.demo</comment>
        <translation>loyalty-pos demo 已在此資料目錄上執行（主機 {host} 上的 pid {pid}），請先關閉</translation>
    </message>
    <message>
        <source>loyalty-pos restore is already running on this data directory (pid {pid} on host {host}); close it first</source>
        <comment>error.data_dir_in_use.restore</comment>
        <translation>loyalty-pos restore 已在此資料目錄上執行（主機 {host} 上的 pid {pid}），請先關閉</translation>
    </message>
    <message>
        <source>the till is already running on this data directory (pid {pid} on host {host}); close it first</source>
        <comment>error.data_dir_in_use.till</comment>
        <translation>收銀機程式已在此資料目錄上執行（主機 {host} 上的 pid {pid}），請先關閉</translation>
    </message>
    <message>
        <source>another loyalty-pos is already running on this data directory; close it first</source>
        <comment>error.data_dir_in_use.unknown</comment>
        <translation>另一個 loyalty-pos 已在此資料目錄上執行，請先關閉</translation>
    </message>
    <message>
        <source>a database upgrade is already running on this data directory (pid {pid} on host {host}); close it first</source>
        <comment>error.data_dir_in_use.upgrade</comment>
        <translation>資料庫升級已在此資料目錄上執行（主機 {host} 上的 pid {pid}），請先關閉</translation>
    </message>
    <message>
        <source>Cannot use data directory {path}: {reason}.</source>
        <comment>error.data_dir_unusable</comment>
        <translation>無法使用資料目錄 {path}：{reason}。</translation>
    </message>
    <message>
        <source>Cannot use data directory {path}: it is not writable.</source>
        <comment>error.data_dir_unusable.not_writable</comment>
        <translation>無法使用資料目錄 {path}：無法寫入。</translation>
    </message>
    <message>
        <source>The database {path} cannot be written (file permissions, or a read-only view); nothing was saved.</source>
        <comment>error.database_read_only</comment>
        <translation>無法寫入資料庫 {path}（檔案權限，或唯讀檢視）；未儲存任何內容。</translation>
    </message>
    <message>
        <source>{path} was written by a newer loyalty-pos (schema {revision}); update this till first.</source>
        <comment>error.database_too_new</comment>
        <translation>{path} 是由較新版的 loyalty-pos 寫入（資料結構 {revision}），請先更新這台收銀機。</translation>
    </message>
    <message>
        <source>This till was disconnected from the chain (its token was revoked); register it again.</source>
        <comment>error.disconnected</comment>
        <translation>這台收銀機已與連鎖中斷連線（其權杖已被撤銷）；請重新註冊。</translation>
    </message>
    <message>
        <source>A manual discount needs the manager role.</source>
        <comment>error.discount_needs_approval</comment>
        <translation>手動折扣需要主管角色。</translation>
    </message>
    <message>
        <source>The disk holding the database is full; nothing was saved. Free some space and try again.</source>
        <comment>error.disk_full</comment>
        <translation>存放資料庫的磁碟已滿，未儲存任何資料。請釋出一些空間後再試一次。</translation>
    </message>
    <message>
        <source>The database could not be written (a disk I/O error: the disk may be full or failing, or a file size limit was reached); nothing was saved. Free some space or check the disk, then try again.</source>
        <comment>error.disk_write_failed</comment>
        <translation>無法寫入資料庫（磁碟 I/O 錯誤：磁碟可能已滿或故障，或已達檔案大小上限）；未儲存任何內容。請釋出空間或檢查磁碟後再試一次。</translation>
    </message>
    <message>
        <source>{points} points give {charity} nothing; give at least {least}</source>
        <comment>error.donation_too_small</comment>
        <translation>{points} 點無法為 {charity} 換得任何金額；至少需捐 {least} 點</translation>
    </message>
    <message>
        <source>Two charities have the id {charity!r}</source>
        <comment>error.duplicate_charity</comment>
        <translation>有兩個慈善機構的 ID 都是 {charity!r}</translation>
    </message>
    <message>
        <source>Two rows have the id {key}; rename one</source>
        <comment>error.duplicate_id</comment>
        <translation>有兩列使用相同代號 {key}；請重新命名其中一列</translation>
    </message>
    <message>
        <source>Two price rules have the same id</source>
        <comment>error.duplicate_price_rule</comment>
        <translation>有兩條價格規則代碼相同</translation>
    </message>
    <message>
        <source>Tier codes must be unique</source>
        <comment>error.duplicate_tier</comment>
        <translation>等級代碼不可重複</translation>
    </message>
    <message>
        <source>{product} is only for {tier} members and up until {day}</source>
        <comment>error.early_access</comment>
        <translation>{product} 在 {day} 之前僅限 {tier} 以上等級會員購買</translation>
    </message>
    <message>
        <source>Email {email} already belongs to a member</source>
        <comment>error.email_in_use</comment>
        <translation>電子郵件 {email} 已屬於某位會員</translation>
    </message>
    <message>
        <source>The basket is empty</source>
        <comment>error.empty_basket</comment>
        <translation>購物車是空的</translation>
    </message>
    <message>
        <source>The shop database {path} is empty (0 bytes); it is left as it is, never set up over. Restore a backup with &apos;loyalty-pos restore BACKUP&apos;, or move the file away to set up a new shop.</source>
        <comment>error.empty_database</comment>
        <translation>店家資料庫 {path} 是空的（0 位元組）；保持原狀，不會在其上重新設定。請以 &apos;loyalty-pos restore BACKUP&apos; 還原備份，或將檔案移走以設定新店家。</translation>
    </message>
    <message>
        <source>{path}: {reason}</source>
        <comment>error.file_unreadable</comment>
        <translation>{path}：{reason}</translation>
    </message>
    <message>
        <source>The bundled font {name} could not be loaded; reinstall loyalty-pos.</source>
        <comment>error.font_unusable</comment>
        <translation>無法載入內附字型 {name}；請重新安裝 loyalty-pos。</translation>
    </message>
    <message>
        <source>A gift card amount is at most {maximum:,} minor units</source>
        <comment>error.gift_card_amount_too_large</comment>
        <translation>禮物卡金額最多 {maximum:,} 個最小貨幣單位</translation>
    </message>
    <message>
        <source>Gift card {card} has {available} left; it cannot pay {wanted}.</source>
        <comment>error.gift_card_balance</comment>
        <translation>禮物卡 {card} 只剩 {available}，無法支付 {wanted}。</translation>
    </message>
    <message>
        <source>Gift card {card} holds {currency}</source>
        <comment>error.gift_card_currency</comment>
        <translation>禮物卡 {card} 的幣別為 {currency}</translation>
    </message>
    <message>
        <source>Gift card {card} has nothing left to void</source>
        <comment>error.gift_card_empty</comment>
        <translation>禮物卡 {card} 已無餘額可作廢</translation>
    </message>
    <message>
        <source>Put from {low} to {high} on a gift card at once</source>
        <comment>error.gift_card_load</comment>
        <translation>每次存入禮物卡的金額為 {low} 至 {high}</translation>
    </message>
    <message>
        <source>This till has not reached the chain&apos;s server lately, so gift card {card} may pay at most {cap} a day here ({used} already paid today). Take less from the card, or sync first.</source>
        <comment>error.gift_card_offline_cap</comment>
        <translation>本收銀機最近未連上連鎖伺服器，因此禮物卡 {card} 在此每日最多可支付 {cap}（今天已支付 {used}）。請少扣一些，或先同步。</translation>
    </message>
    <message>
        <source>A gift card pays at most the amount due, {due}</source>
        <comment>error.gift_card_over_total</comment>
        <translation>禮物卡最多只能支付應付金額 {due}</translation>
    </message>
    <message>
        <source>Gift card {card} has not been sold here</source>
        <comment>error.gift_card_unknown</comment>
        <translation>禮物卡 {card} 並非本店售出</translation>
    </message>
    <message>
        <source>Say why the card is voided: the till shows the reason when the card is used</source>
        <comment>error.gift_card_void_reason</comment>
        <translation>請說明作廢此卡的原因：此卡被使用時，收銀機會顯示這個原因</translation>
    </message>
    <message>
        <source>Gift card {card} was voided on {day}: {reason}</source>
        <comment>error.gift_card_voided</comment>
        <translation>禮物卡 {card} 已於 {day} 作廢：{reason}</translation>
    </message>
    <message>
        <source>Gift card {card} was voided on {day}</source>
        <comment>error.gift_card_voided_no_reason</comment>
        <translation>禮物卡 {card} 已於 {day} 作廢</translation>
    </message>
    <message>
        <source>This shop does not sell or take gift cards</source>
        <comment>error.gift_cards_off</comment>
        <translation>本店不販售也不接受禮物卡</translation>
    </message>
    <message>
        <source>{reward}: the winners are already drawn.</source>
        <comment>error.giveaway_drawn</comment>
        <translation>{reward}：已抽出得獎者。</translation>
    </message>
    <message>
        <source>{reward}: no seed was committed before entries closed, so the draw could not be verified. Nothing was drawn.</source>
        <comment>error.giveaway_no_seed</comment>
        <translation>{reward}：截止參加前未鎖定種子，抽獎無法驗證。未抽出任何得獎者。</translation>
    </message>
    <message>
        <source>{reward}: not drawn yet; there is nothing to verify.</source>
        <comment>error.giveaway_not_drawn</comment>
        <translation>{reward}：尚未抽獎，沒有可驗證的內容。</translation>
    </message>
    <message>
        <source>{reward}: entries are open until {day}; draw after they close.</source>
        <comment>error.giveaway_open</comment>
        <translation>{reward}：開放參加至 {day}；請在截止後抽獎。</translation>
    </message>
    <message>
        <source>{reward}: entries have closed; a seed committed now could be chosen knowing the entries.</source>
        <comment>error.giveaway_refused</comment>
        <translation>{reward}：已截止參加；現在鎖定的種子可能是在知道抽獎券後挑選的。</translation>
    </message>
    <message>
        <source>{reward}: a seed is already committed; it cannot be changed.</source>
        <comment>error.giveaway_seed_committed</comment>
        <translation>{reward}：種子已鎖定，無法更改。</translation>
    </message>
    <message>
        <source>No published giveaway {key}.</source>
        <comment>error.giveaway_unknown</comment>
        <translation>沒有已發布的抽獎活動 {key}。</translation>
    </message>
    <message>
        <source>{whose} contains {char!r} ({codepoint} {char_name}), which no font on this computer can draw (the cards use {family}); change the name, or install a font that has it</source>
        <comment>error.glyph_missing</comment>
        <translation>{whose} 含有 {char!r}（{codepoint} {char_name}），這台電腦上沒有字型能顯示它（會員卡使用 {family}）；請修改名稱，或安裝含有此字元的字型</translation>
    </message>
    <message>
        <source>{problem} (not {url!r})</source>
        <comment>error.insecure_url</comment>
        <translation>{problem}（不是 {url!r}）</translation>
    </message>
    <message>
        <source>The server address starts with https:// and names a host, e.g. https://chain.example.com (not {url!r})</source>
        <comment>error.insecure_url.no_host</comment>
        <translation>伺服器位址須以 https:// 開頭並包含主機名稱，例如 https://chain.example.com（不是 {url!r}）</translation>
    </message>
    <message>
        <source>Use https:// for the server: plain http:// is only for a server on this computer (localhost) (not {url!r})</source>
        <comment>error.insecure_url.plain_http</comment>
        <translation>伺服器請使用 https://：一般的 http:// 只適用於這台電腦上的伺服器（localhost）（不是 {url!r}）</translation>
    </message>
    <message>
        <source>Needs {needed} points, member has {available}.</source>
        <comment>error.insufficient_points</comment>
        <translation>需要 {needed} 點，會員只有 {available} 點。</translation>
    </message>
    <message>
        <source>This till did not join the chain: {problems}. Nothing was saved; ask head office for a new enrolment code (this one is used up) and try again.</source>
        <comment>error.join_failed.fails_check</comment>
        <translation>這台收銀機未加入連鎖：{problems}。未儲存任何資料；請向總部索取新的入會代碼（此代碼已使用過），再試一次。</translation>
    </message>
    <message>
        <source>This till did not join the chain: head office has not published the shop yet (its till publishes it on its next sync). Nothing was saved; ask head office for a new enrolment code (this one is used up) and try again.</source>
        <comment>error.join_failed.not_published</comment>
        <translation>這台收銀機未加入連鎖：總部尚未發布商店（總部的收銀機會在下次同步時發布）。未儲存任何資料；請向總部索取新的入會代碼（此代碼已使用過），再試一次。</translation>
    </message>
    <message>
        <source>This till did not join the chain: {reason} Nothing was saved; ask head office for a new enrolment code (this one is used up) and try again.</source>
        <comment>error.join_failed.sync</comment>
        <translation>這台收銀機未加入連鎖：{reason} 未儲存任何資料；請向總部索取新的入會代碼（此代碼已使用過），再試一次。</translation>
    </message>
    <message>
        <source>{username} is the last active manager; nobody could manage the shop.</source>
        <comment>error.last_manager</comment>
        <translation>{username} 是最後一位啟用中的店長；停用後將無人能管理本店。</translation>
    </message>
    <message>
        <source>The logo {name} cannot be used: {reason}.</source>
        <comment>error.logo_refused</comment>
        <translation>無法使用標誌 {name}：{reason}。</translation>
    </message>
    <message>
        <source>The logo stored with the shop cannot be read; use a PNG or JPEG file, or print without a logo</source>
        <comment>error.logo_unreadable</comment>
        <translation>無法讀取商店儲存的標誌；請使用 PNG 或 JPEG 檔案，或不含標誌列印</translation>
    </message>
    <message>
        <source>The logo {path} cannot be read; use a PNG or JPEG file, or print without a logo</source>
        <comment>error.logo_unreadable.file</comment>
        <translation>無法讀取標誌 {path}；請使用 PNG 或 JPEG 檔案，或不含標誌列印</translation>
    </message>
    <message>
        <source>The operation was refused.</source>
        <comment>error.loyalty_error</comment>
        <translation>操作遭拒。</translation>
    </message>
    <message>
        <source>Card refused: this member is blocked.</source>
        <comment>error.member_blocked</comment>
        <translation>卡片遭拒：此會員已停用。</translation>
    </message>
    <message>
        <source>Card refused: the member holding card {card} is blocked.</source>
        <comment>error.member_blocked.printing</comment>
        <translation>卡片遭拒：持有會員卡 {card} 的會員已停用。</translation>
    </message>
    <message>
        <source>Changing the member&apos;s name, phone, email or birthday needs the manager role.</source>
        <comment>error.member_change_needs_manager</comment>
        <translation>變更會員的姓名、電話、電子郵件或生日需要主管角色。</translation>
    </message>
    <message>
        <source>Changing the member&apos;s birthday needs the manager role.</source>
        <comment>error.member_change_needs_manager.birthday</comment>
        <translation>變更會員的生日需要主管角色。</translation>
    </message>
    <message>
        <source>Changing the member&apos;s email needs the manager role.</source>
        <comment>error.member_change_needs_manager.email</comment>
        <translation>變更會員的電子郵件需要主管角色。</translation>
    </message>
    <message>
        <source>Changing the member&apos;s name needs the manager role.</source>
        <comment>error.member_change_needs_manager.name</comment>
        <translation>變更會員的姓名需要主管角色。</translation>
    </message>
    <message>
        <source>Changing the member&apos;s phone needs the manager role.</source>
        <comment>error.member_change_needs_manager.phone</comment>
        <translation>變更會員的電話需要主管角色。</translation>
    </message>
    <message>
        <source>Card refused: this member&apos;s data was erased.</source>
        <comment>error.member_erased</comment>
        <translation>卡片遭拒：此會員的資料已清除。</translation>
    </message>
    <message>
        <source>Card refused: the member holding card {card} is erased.</source>
        <comment>error.member_erased.printing</comment>
        <translation>卡片遭拒：持有會員卡 {card} 的會員已清除。</translation>
    </message>
    <message>
        <source>This record was merged into member {merged_into}: erase that member (its duplicates go with it)</source>
        <comment>error.member_merged</comment>
        <translation>此筆資料已合併至會員 {merged_into}：請清除該會員（其重複資料會一併清除）</translation>
    </message>
    <message>
        <source>Card refused: this member was merged into another member.</source>
        <comment>error.member_merged.card</comment>
        <translation>卡片遭拒：此會員已合併到另一位會員。</translation>
    </message>
    <message>
        <source>Card refused: the member holding card {card} is merged.</source>
        <comment>error.member_merged.printing</comment>
        <translation>卡片遭拒：持有會員卡 {card} 的會員已合併。</translation>
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
        <source>A member may redeem at most {cap} points a day; this member has redeemed {used} today, so {left} are left.</source>
        <comment>error.member_redeem_cap</comment>
        <translation>每位會員每日最多兌換 {cap} 點；此會員今天已兌換 {used} 點，剩餘 {left} 點。</translation>
    </message>
    <message>
        <source>Name the member: their id or card number</source>
        <comment>error.member_required</comment>
        <translation>請指定會員：會員編號或會員卡號</translation>
    </message>
    <message>
        <source>Cannot merge {name}: that member is {status}</source>
        <comment>error.merge_duplicate_not_active</comment>
        <translation>無法合併 {name}：該會員狀態為 {status}</translation>
    </message>
    <message>
        <source>A member cannot be merged into themselves</source>
        <comment>error.merge_same_member</comment>
        <translation>會員不能與自己合併</translation>
    </message>
    <message>
        <source>Cannot merge into {name}: that member is {status}</source>
        <comment>error.merge_target_not_active</comment>
        <translation>無法合併至 {name}：該會員狀態為 {status}</translation>
    </message>
    <message>
        <source>{text!r} has misplaced thousands separators</source>
        <comment>error.misplaced_groups</comment>
        <translation>{text!r} 的千位逗點位置錯誤</translation>
    </message>
    <message>
        <source>the till cannot open its window: Qt needs the system libraries {libraries} on X11; install them (Debian/Ubuntu: sudo apt install {packages}) and start the till again</source>
        <comment>error.missing_display_library</comment>
        <translation>收銀機無法開啟視窗：Qt 在 X11 上需要系統程式庫 {libraries}；請安裝（Debian/Ubuntu：sudo apt install {packages}）後再啟動收銀機</translation>
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
        <source>There are no cards to print</source>
        <comment>error.no_cards</comment>
        <translation>沒有要列印的會員卡</translation>
    </message>
    <message>
        <source>Give at least one card number to print</source>
        <comment>error.no_cards.numbers</comment>
        <translation>請至少提供一個要列印的會員卡號</translation>
    </message>
    <message>
        <source>There is no shop database at {path}{hint} (run &apos;loyalty-pos demo&apos; or start the till first).</source>
        <comment>error.no_database</comment>
        <translation>{path}{hint} 沒有店家資料庫（請先執行 &apos;loyalty-pos demo&apos; 或啟動收銀機）。</translation>
    </message>
    <message>
        <source>no display found (DISPLAY and WAYLAND_DISPLAY are not set); start the till from the desktop, or set QT_QPA_PLATFORM (for example QT_QPA_PLATFORM=offscreen to run it without a screen)</source>
        <comment>error.no_display.unset</comment>
        <translation>找不到顯示器（未設定 DISPLAY 和 WAYLAND_DISPLAY）；請從桌面啟動收銀機，或設定 QT_QPA_PLATFORM（例如 QT_QPA_PLATFORM=offscreen 可在沒有螢幕時執行）</translation>
    </message>
    <message>
        <source>There is no draft to discard</source>
        <comment>error.no_draft</comment>
        <translation>沒有可捨棄的草稿</translation>
    </message>
    <message>
        <source>There is no draft program to publish</source>
        <comment>error.no_draft.publish</comment>
        <translation>沒有可發布的方案草稿</translation>
    </message>
    <message>
        <source>There is no draft program to simulate; save a draft first</source>
        <comment>error.no_draft.simulate</comment>
        <translation>沒有可模擬的方案草稿；請先儲存草稿</translation>
    </message>
    <message>
        <source>Reward {reward} is not available: nothing left in the basket it applies to.</source>
        <comment>error.no_eligible_lines</comment>
        <translation>獎勵 {reward} 無法使用：購物內容中已沒有適用的商品。</translation>
    </message>
    <message>
        <source>The file has no codes: one code per line</source>
        <comment>error.no_partner_codes</comment>
        <translation>檔案中沒有代碼：每行一個代碼</translation>
    </message>
    <message>
        <source>No loyalty program is published yet; a manager must publish one first.</source>
        <comment>error.no_program</comment>
        <translation>尚未發布任何會員方案，須先由店長發布。</translation>
    </message>
    <message>
        <source>This shop has no recovery code (it was set up before codes existed); another manager can reset the PIN with: loyalty-pos staff reset-pin</source>
        <comment>error.no_recovery_code</comment>
        <translation>此商店沒有復原碼（設定時尚無復原碼功能）；其他主管可用以下指令重設 PIN 碼：loyalty-pos staff reset-pin</translation>
    </message>
    <message>
        <source>There is no shop in {path} yet. Set one up with &apos;loyalty-pos&apos; (a window guides you) or &apos;loyalty-pos init&apos; (see --help).</source>
        <comment>error.no_shop_yet</comment>
        <translation>{path} 中還沒有商店。請用 &apos;loyalty-pos&apos;（視窗會引導您）或 &apos;loyalty-pos init&apos;（見 --help）設定一間商店。</translation>
    </message>
    <message>
        <source>There is no shop in {path} yet; did you mean --data-dir {nearby}? Set one up with &apos;loyalty-pos&apos; (a window guides you) or &apos;loyalty-pos init&apos; (see --help).</source>
        <comment>error.no_shop_yet.nearby</comment>
        <translation>{path} 中還沒有商店；您是指 --data-dir {nearby} 嗎？請用 &apos;loyalty-pos&apos;（視窗會引導您）或 &apos;loyalty-pos init&apos;（見 --help）設定一間商店。</translation>
    </message>
    <message>
        <source>There is no charity {charity!r} to give to</source>
        <comment>error.no_such_charity</comment>
        <translation>沒有可捐贈的慈善機構 {charity!r}</translation>
    </message>
    <message>
        <source>There is no tier {tier}; choose one of the program&apos;s tiers.</source>
        <comment>error.no_such_tier</comment>
        <translation>沒有等級 {tier}；請選擇方案中的等級。</translation>
    </message>
    <message>
        <source>There is no terminal to ask for {what}: give it with {option}.</source>
        <comment>error.no_terminal</comment>
        <translation>沒有終端機可詢問{what}：請以 {option} 提供。</translation>
    </message>
    <message>
        <source>A program needs at least one tier</source>
        <comment>error.no_tiers</comment>
        <translation>方案至少需要一個等級</translation>
    </message>
    <message>
        <source>{path} holds the shop {name!r}, not the demo; the demo never touches a real shop&apos;s data. Run &apos;loyalty-pos demo&apos; without --data-dir: the demo keeps its own folder.</source>
        <comment>error.not_a_demo</comment>
        <translation>{path} 存放的是商店 {name!r}，不是示範；示範從不動到真實商店的資料。請不加 --data-dir 執行 &apos;loyalty-pos demo&apos;：示範有自己的資料夾。</translation>
    </message>
    <message>
        <source>{path} holds a shop without a name, not the demo; the demo never touches a real shop&apos;s data. Run &apos;loyalty-pos demo&apos; without --data-dir: the demo keeps its own folder.</source>
        <comment>error.not_a_demo.unnamed</comment>
        <translation>{path} 存放的是一間沒有名稱的商店，不是示範；示範從不動到真實商店的資料。請不加 --data-dir 執行 &apos;loyalty-pos demo&apos;：示範有自己的資料夾。</translation>
    </message>
    <message>
        <source>{wanted} is not an active manager of this shop.</source>
        <comment>error.not_a_manager</comment>
        <translation>{wanted} 不是此商店的在職主管。</translation>
    </message>
    <message>
        <source>{text!r} is not an amount</source>
        <comment>error.not_an_amount</comment>
        <translation>{text!r} 不是金額</translation>
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
        <source>Card {key} was not found.</source>
        <comment>error.not_found.card</comment>
        <translation>找不到會員卡 {key}。</translation>
    </message>
    <message>
        <source>Member {key} was not found.</source>
        <comment>error.not_found.member</comment>
        <translation>找不到會員 {key}。</translation>
    </message>
    <message>
        <source>Member {member} or original sale {sale} was not found.</source>
        <comment>error.not_found.member_or_sale</comment>
        <translation>找不到會員 {member} 或原始銷售 {sale}。</translation>
    </message>
    <message>
        <source>Staff {key} was not found.</source>
        <comment>error.not_found.staff</comment>
        <translation>找不到員工 {key}。</translation>
    </message>
    <message>
        <source>{username} is not locked.</source>
        <comment>error.not_locked</comment>
        <translation>{username} 並未鎖定。</translation>
    </message>
    <message>
        <source>{path} is not a loyalty-pos database (the file is empty); choose the right file or another data directory.</source>
        <comment>error.not_our_database.empty</comment>
        <translation>{path} 不是 loyalty-pos 資料庫（檔案是空的）；請選擇正確的檔案或其他資料目錄。</translation>
    </message>
    <message>
        <source>{path} is not a loyalty-pos database (tables {tables} are missing); choose the right file or another data directory.</source>
        <comment>error.not_our_database.missing_tables</comment>
        <translation>{path} 不是 loyalty-pos 資料庫（缺少資料表 {tables}）；請選擇正確的檔案或其他資料目錄。</translation>
    </message>
    <message>
        <source>{path} is not a loyalty-pos database (there is no such file); choose the right file or another data directory.</source>
        <comment>error.not_our_database.no_file</comment>
        <translation>{path} 不是 loyalty-pos 資料庫（沒有這個檔案）；請選擇正確的檔案或其他資料目錄。</translation>
    </message>
    <message>
        <source>{path} is not a loyalty-pos database (it has no schema revision); choose the right file or another data directory.</source>
        <comment>error.not_our_database.no_revision</comment>
        <translation>{path} 不是 loyalty-pos 資料庫（其中沒有結構描述版本）；請選擇正確的檔案或其他資料目錄。</translation>
    </message>
    <message>
        <source>{path} is not a loyalty-pos database (it has none of our tables); choose the right file or another data directory.</source>
        <comment>error.not_our_database.no_tables</comment>
        <translation>{path} 不是 loyalty-pos 資料庫（其中沒有我們的任何資料表）；請選擇正確的檔案或其他資料目錄。</translation>
    </message>
    <message>
        <source>{path} is not a loyalty-pos database (it is not a SQLite database); choose the right file or another data directory.</source>
        <comment>error.not_our_database.not_sqlite</comment>
        <translation>{path} 不是 loyalty-pos 資料庫（這不是 SQLite 資料庫）；請選擇正確的檔案或其他資料目錄。</translation>
    </message>
    <message>
        <source>This till is not registered with a chain server (loyalty-pos sync register).</source>
        <comment>error.not_registered</comment>
        <translation>這台收銀機尚未向連鎖伺服器註冊（loyalty-pos sync register）。</translation>
    </message>
    <message>
        <source>Line {line} ({product}): {left} of {bought} left to return, asked for {asked}</source>
        <comment>error.nothing_left_to_return</comment>
        <translation>第 {line} 行（{product}）：{bought} 個中尚可退 {left} 個，要求退 {asked} 個</translation>
    </message>
    <message>
        <source>This till has no published program to send: publish a program first (Manager &gt; Program).</source>
        <comment>error.nothing_published</comment>
        <translation>此收銀機沒有已發布的方案可傳送：請先發布方案（主管 &gt; 方案）。</translation>
    </message>
    <message>
        <source>Choose at least one line to return</source>
        <comment>error.nothing_to_return</comment>
        <translation>請至少選擇一行要退貨的品項</translation>
    </message>
    <message>
        <source>Nothing to save</source>
        <comment>error.nothing_to_save</comment>
        <translation>沒有要儲存的內容</translation>
    </message>
    <message>
        <source>The chain server cannot be reached ({url}).</source>
        <comment>error.offline</comment>
        <translation>無法連線到連鎖伺服器（{url}）。</translation>
    </message>
    <message>
        <source>The connection to the chain server failed: {reason}</source>
        <comment>error.offline.connection</comment>
        <translation>與連鎖伺服器的連線失敗：{reason}</translation>
    </message>
    <message>
        <source>The chain server did not answer in time ({url}).</source>
        <comment>error.offline.timeout</comment>
        <translation>連鎖伺服器未及時回應（{url}）。</translation>
    </message>
    <message>
        <source>The chain server is unavailable (HTTP {status}); try again later.</source>
        <comment>error.offline.unavailable</comment>
        <translation>連鎖伺服器目前無法使用（HTTP {status}）；請稍後再試。</translation>
    </message>
    <message>
        <source>This till has not reached the chain&apos;s server lately, so a member may redeem at most {cap} points a day here ({used} already used today). Redeem less, or sync first.</source>
        <comment>error.offline_redeem_cap</comment>
        <translation>本收銀機最近未連上連鎖總部的伺服器，因此會員在此每天最多只能兌換 {cap} 點（今天已使用 {used} 點）。請減少兌換點數，或先進行同步。</translation>
    </message>
    <message>
        <source>member export needs --out FILE (.json or .pdf)</source>
        <comment>error.out_required</comment>
        <translation>member export 需要 --out FILE（.json 或 .pdf）</translation>
    </message>
    <message>
        <source>Not writing {path}: {reason}.</source>
        <comment>error.output_refused</comment>
        <translation>不寫入 {path}：{reason}。</translation>
    </message>
    <message>
        <source>Not writing {path}: it is inside the shop&apos;s backups folder {backups}.</source>
        <comment>error.output_refused.backups</comment>
        <translation>不寫入 {path}：它在店家的備份資料夾 {backups} 內。</translation>
    </message>
    <message>
        <source>Not writing {path}: it is the shop&apos;s card key.</source>
        <comment>error.output_refused.card_key</comment>
        <translation>不寫入 {path}：這是店家的會員卡金鑰。</translation>
    </message>
    <message>
        <source>Not writing {path}: it is the shop&apos;s data folder.</source>
        <comment>error.output_refused.data_folder</comment>
        <translation>不寫入 {path}：這是店家的資料夾。</translation>
    </message>
    <message>
        <source>Not writing {path}: it is the shop&apos;s database.</source>
        <comment>error.output_refused.database</comment>
        <translation>不寫入 {path}：這是店家的資料庫。</translation>
    </message>
    <message>
        <source>Not writing {path}: it is one of the shop&apos;s database files.</source>
        <comment>error.output_refused.database_file</comment>
        <translation>不寫入 {path}：這是店家的資料庫檔案之一。</translation>
    </message>
    <message>
        <source>Not writing {path}: it is a folder; give a file name.</source>
        <comment>error.output_refused.folder</comment>
        <translation>不寫入 {path}：這是資料夾；請給一個檔名。</translation>
    </message>
    <message>
        <source>Not writing {path}: it is another name (a hard link) for one of the shop&apos;s files.</source>
        <comment>error.output_refused.hard_link</comment>
        <translation>不寫入 {path}：這是店家某個檔案的另一個名稱（硬連結）。</translation>
    </message>
    <message>
        <source>Not writing {path}: the data folder {data_dir} holds only the shop&apos;s own files; choose another folder.</source>
        <comment>error.output_refused.inside_data_folder</comment>
        <translation>不寫入 {path}：資料夾 {data_dir} 只存放店家自己的檔案；請選擇其他資料夾。</translation>
    </message>
    <message>
        <source>Not writing {path}: it is not a regular file (a device or pipe).</source>
        <comment>error.output_refused.not_a_file</comment>
        <translation>不寫入 {path}：這不是一般檔案（裝置或管道）。</translation>
    </message>
    <message>
        <source>This is your own member card ({name}): staff cannot earn on, redeem from or adjust their own card. Ask a colleague to ring up this sale.</source>
        <comment>error.own_card</comment>
        <translation>這是您本人的會員卡（{name}）：員工不可在自己的會員卡上累積、兌換或調整點數。請同事結帳這筆交易。</translation>
    </message>
    <message>
        <source>Paid membership {key} is not on sale.</source>
        <comment>error.paid_tier_unknown</comment>
        <translation>付費會員資格 {key} 未在販售。</translation>
    </message>
    <message>
        <source>Receipt paper is 58mm or 80mm, not {paper!r}</source>
        <comment>error.paper_unknown</comment>
        <translation>收據紙為 58mm 或 80mm，而非 {paper!r}</translation>
    </message>
    <message>
        <source>Could not read {path} as a UTF-8 text or CSV file of codes.</source>
        <comment>error.partner_code_file</comment>
        <translation>無法將 {path} 讀取為 UTF-8 文字檔或 CSV 代碼檔。</translation>
    </message>
    <message>
        <source>Reward {reward} is not available: no partner codes are left on this till. A manager imports more in the back office (Rewards).</source>
        <comment>error.partner_codes_used_up</comment>
        <translation>獎勵 {reward} 無法使用：這台收銀機已沒有合作夥伴代碼。請主管在後台管理（獎勵）匯入更多。</translation>
    </message>
    <message>
        <source>No published partner-code reward {key}.</source>
        <comment>error.partner_reward_unknown</comment>
        <translation>沒有已發布的合作夥伴代碼獎勵 {key}。</translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was written.</source>
        <comment>error.passphrases_differ</comment>
        <translation>兩次輸入的密語不同；未寫入任何內容。</translation>
    </message>
    <message>
        <source>{action} needs the {role} role.</source>
        <comment>error.permission_denied</comment>
        <translation>{action}需要 {role} 角色。</translation>
    </message>
    <message>
        <source>Adding product categories needs the manager role.</source>
        <comment>error.permission_denied.adding_product_categories</comment>
        <translation>新增商品類別需要主管角色。</translation>
    </message>
    <message>
        <source>Adjusting points needs the manager role.</source>
        <comment>error.permission_denied.adjusting_points</comment>
        <translation>調整點數需要主管角色。</translation>
    </message>
    <message>
        <source>Blocking a card needs the manager role.</source>
        <comment>error.permission_denied.blocking_a_card</comment>
        <translation>停用會員卡需要主管角色。</translation>
    </message>
    <message>
        <source>Changing shop settings needs the manager role.</source>
        <comment>error.permission_denied.changing_shop_settings</comment>
        <translation>變更店家設定需要主管角色。</translation>
    </message>
    <message>
        <source>Changing staff accounts needs the manager role.</source>
        <comment>error.permission_denied.changing_staff_accounts</comment>
        <translation>變更員工帳號需要主管角色。</translation>
    </message>
    <message>
        <source>Committing a giveaway&apos;s seed needs the manager role.</source>
        <comment>error.permission_denied.committing_a_giveaways_seed</comment>
        <translation>鎖定抽獎種子需要主管權限。</translation>
    </message>
    <message>
        <source>Creating staff needs the manager role.</source>
        <comment>error.permission_denied.creating_staff</comment>
        <translation>建立員工需要主管角色。</translation>
    </message>
    <message>
        <source>Deactivating products needs the manager role.</source>
        <comment>error.permission_denied.deactivating_products</comment>
        <translation>停售商品需要主管角色。</translation>
    </message>
    <message>
        <source>Discarding the draft program needs the manager role.</source>
        <comment>error.permission_denied.discarding_the_draft_program</comment>
        <translation>捨棄方案草稿需要主管角色。</translation>
    </message>
    <message>
        <source>Drawing a giveaway needs the manager role.</source>
        <comment>error.permission_denied.drawing_a_giveaway</comment>
        <translation>抽出得獎者需要主管權限。</translation>
    </message>
    <message>
        <source>Editing campaigns needs the manager role.</source>
        <comment>error.permission_denied.editing_campaigns</comment>
        <translation>編輯活動需要主管角色。</translation>
    </message>
    <message>
        <source>Editing charities needs the manager role.</source>
        <comment>error.permission_denied.editing_charities</comment>
        <translation>編輯慈善機構需要主管權限。</translation>
    </message>
    <message>
        <source>Editing gift card rules needs the manager role.</source>
        <comment>error.permission_denied.editing_gift_card_rules</comment>
        <translation>編輯禮物卡規則需要主管權限。</translation>
    </message>
    <message>
        <source>Editing products needs the manager role.</source>
        <comment>error.permission_denied.editing_products</comment>
        <translation>編輯商品需要主管角色。</translation>
    </message>
    <message>
        <source>Editing segments needs the manager role.</source>
        <comment>error.permission_denied.editing_segments</comment>
        <translation>編輯客群需要主管角色。</translation>
    </message>
    <message>
        <source>Editing the loyalty program needs the manager role.</source>
        <comment>error.permission_denied.editing_the_loyalty_program</comment>
        <translation>編輯集點方案需要主管角色。</translation>
    </message>
    <message>
        <source>Editing the reward catalog needs the manager role.</source>
        <comment>error.permission_denied.editing_the_reward_catalog</comment>
        <translation>編輯獎勵目錄需要主管角色。</translation>
    </message>
    <message>
        <source>Ending campaigns needs the manager role.</source>
        <comment>error.permission_denied.ending_campaigns</comment>
        <translation>結束活動需要主管角色。</translation>
    </message>
    <message>
        <source>Erasing a member needs the manager role.</source>
        <comment>error.permission_denied.erasing_a_member</comment>
        <translation>清除會員需要主管角色。</translation>
    </message>
    <message>
        <source>Erasing inactive members needs the manager role.</source>
        <comment>error.permission_denied.erasing_inactive_members</comment>
        <translation>清除不活躍的會員需要主管角色。</translation>
    </message>
    <message>
        <source>Exporting a member&apos;s data needs the manager role.</source>
        <comment>error.permission_denied.exporting_a_member_s_data</comment>
        <translation>匯出會員資料需要主管角色。</translation>
    </message>
    <message>
        <source>Importing a card signing key needs the manager role.</source>
        <comment>error.permission_denied.importing_a_card_signing_key</comment>
        <translation>匯入會員卡簽章金鑰需要主管角色。</translation>
    </message>
    <message>
        <source>Importing partner codes needs the manager role.</source>
        <comment>error.permission_denied.importing_partner_codes</comment>
        <translation>匯入合作夥伴代碼需要主管權限。</translation>
    </message>
    <message>
        <source>Importing products needs the manager role.</source>
        <comment>error.permission_denied.importing_products</comment>
        <translation>匯入商品需要主管角色。</translation>
    </message>
    <message>
        <source>Importing sales needs the manager role.</source>
        <comment>error.permission_denied.importing_sales</comment>
        <translation>匯入銷售需要主管角色。</translation>
    </message>
    <message>
        <source>Linking a staff account to a member needs the manager role.</source>
        <comment>error.permission_denied.linking_a_staff_account_to_a_member</comment>
        <translation>將員工帳號連結會員需要主管權限。</translation>
    </message>
    <message>
        <source>Looking up a gift card&apos;s history needs the manager role.</source>
        <comment>error.permission_denied.looking_up_a_gift_cards_history</comment>
        <translation>查詢禮物卡紀錄需要主管權限。</translation>
    </message>
    <message>
        <source>Managing staff accounts needs the manager role.</source>
        <comment>error.permission_denied.managing_staff_accounts</comment>
        <translation>管理員工帳號需要主管角色。</translation>
    </message>
    <message>
        <source>Merging members needs the manager role.</source>
        <comment>error.permission_denied.merging_members</comment>
        <translation>合併會員需要主管角色。</translation>
    </message>
    <message>
        <source>Publishing the loyalty program needs the manager role.</source>
        <comment>error.permission_denied.publishing_the_loyalty_program</comment>
        <translation>發布集點方案需要主管角色。</translation>
    </message>
    <message>
        <source>Re-issuing a card needs the manager role.</source>
        <comment>error.permission_denied.re_issuing_a_card</comment>
        <translation>補發會員卡需要主管角色。</translation>
    </message>
    <message>
        <source>Reading shop settings needs the manager role.</source>
        <comment>error.permission_denied.reading_shop_settings</comment>
        <translation>查看店家設定需要主管角色。</translation>
    </message>
    <message>
        <source>Reading staff accounts needs the manager role.</source>
        <comment>error.permission_denied.reading_staff_accounts</comment>
        <translation>查看員工帳號需要主管角色。</translation>
    </message>
    <message>
        <source>Reading the audit log needs the manager role.</source>
        <comment>error.permission_denied.reading_the_audit_log</comment>
        <translation>查看稽核紀錄需要主管角色。</translation>
    </message>
    <message>
        <source>Removing product categories needs the manager role.</source>
        <comment>error.permission_denied.removing_product_categories</comment>
        <translation>移除商品類別需要主管角色。</translation>
    </message>
    <message>
        <source>Replacing the card signing key needs the manager role.</source>
        <comment>error.permission_denied.replacing_the_card_signing_key</comment>
        <translation>更換會員卡簽章金鑰需要主管角色。</translation>
    </message>
    <message>
        <source>Resetting a PIN needs the manager role.</source>
        <comment>error.permission_denied.resetting_a_pin</comment>
        <translation>重設 PIN 碼需要主管角色。</translation>
    </message>
    <message>
        <source>Retiring rewards needs the manager role.</source>
        <comment>error.permission_denied.retiring_rewards</comment>
        <translation>停用獎勵需要主管角色。</translation>
    </message>
    <message>
        <source>Rotating the card signing key needs the manager role.</source>
        <comment>error.permission_denied.rotating_the_card_signing_key</comment>
        <translation>輪替會員卡簽章金鑰需要主管角色。</translation>
    </message>
    <message>
        <source>Transferring points needs the manager role.</source>
        <comment>error.permission_denied.transferring_points</comment>
        <translation>轉移點數需要主管角色。</translation>
    </message>
    <message>
        <source>Unlocking a staff account needs the manager role.</source>
        <comment>error.permission_denied.unlocking_a_staff_account</comment>
        <translation>解鎖員工帳號需要主管角色。</translation>
    </message>
    <message>
        <source>Verifying the audit log needs the manager role.</source>
        <comment>error.permission_denied.verifying_the_audit_log</comment>
        <translation>驗證稽核紀錄需要主管角色。</translation>
    </message>
    <message>
        <source>Voiding a gift card needs the manager role.</source>
        <comment>error.permission_denied.voiding_a_gift_card</comment>
        <translation>作廢禮物卡需要主管權限。</translation>
    </message>
    <message>
        <source>Phone {phone} already belongs to a member</source>
        <comment>error.phone_in_use</comment>
        <translation>電話 {phone} 已屬於某位會員</translation>
    </message>
    <message>
        <source>Member with phone {key} was not found.</source>
        <comment>error.phone_unknown</comment>
        <translation>找不到電話為 {key} 的會員。</translation>
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
        <source>points to spend must be above 0</source>
        <comment>error.points_not_positive</comment>
        <translation>要使用的點數必須大於 0</translation>
    </message>
    <message>
        <source>One entry moves at most {max_points_per_entry:,} points, not {points:,}</source>
        <comment>error.points_too_many</comment>
        <translation>每筆紀錄最多異動 {max_points_per_entry:,} 點，而非 {points:,} 點</translation>
    </message>
    <message>
        <source>{printed:,} printed card(s) carry QR codes signed with this till&apos;s key {current}; after the swap those QR codes would be refused (their barcodes still scan). Pass --replace-printed to swap anyway, then reprint them</source>
        <comment>error.printed_cards_use_this_key</comment>
        <translation>已列印的 {printed:,} 張會員卡帶有以這台收銀機金鑰 {current} 簽署的 QR 碼；更換後這些 QR 碼會被拒絕（條碼仍可掃描）。若仍要更換，請加上 --replace-printed，之後重新列印這些會員卡</translation>
    </message>
    <message>
        <source>A network receipt printer needs a host</source>
        <comment>error.printer_host_required</comment>
        <translation>網路收據印表機需要主機位址</translation>
    </message>
    <message>
        <source>A receipt printer is usb, network, file or dummy, not {kind!r}</source>
        <comment>error.printer_kind_unknown</comment>
        <translation>收據印表機須為 usb、network、file 或 dummy，而非 {kind!r}</translation>
    </message>
    <message>
        <source>A file receipt printer needs a path</source>
        <comment>error.printer_path_required</comment>
        <translation>檔案收據印表機需要路徑</translation>
    </message>
    <message>
        <source>python-escpos has no printer profile named {profile!r}</source>
        <comment>error.printer_profile_unknown</comment>
        <translation>python-escpos 沒有名為 {profile!r} 的印表機設定檔</translation>
    </message>
    <message>
        <source>Printer {printer} is not available: {reason}. Check that it is on and connected, then reprint.</source>
        <comment>error.printer_unavailable</comment>
        <translation>印表機 {printer} 無法使用：{reason}。請確認印表機已開啟並連接，然後重新列印。</translation>
    </message>
    <message>
        <source>Printer {printer} is not available: {copies} copies of {receipt} are already there. Check that it is on and connected, then reprint.</source>
        <comment>error.printer_unavailable.copies</comment>
        <translation>印表機 {printer} 無法使用：{receipt} 已經有 {copies} 份副本。請確認印表機已開啟並連接，然後重新列印。</translation>
    </message>
    <message>
        <source>Printer {printer} is not available: the print job could not be started. Check that it is on and connected, then reprint.</source>
        <comment>error.printer_unavailable.job_not_started</comment>
        <translation>印表機 {printer} 無法使用：無法開始列印工作。請確認印表機已開啟並連接，然後重新列印。</translation>
    </message>
    <message>
        <source>Printer (default) is not available: no default printer is set up on this computer. Check that it is on and connected, then reprint.</source>
        <comment>error.printer_unavailable.no_default</comment>
        <translation>印表機（預設）無法使用：這台電腦沒有設定預設印表機。請確認印表機已開啟並連接，然後重新列印。</translation>
    </message>
    <message>
        <source>Printer {printer} is not available: USB printing needs the pyusb package: pip install &apos;python-escpos[usb]&apos;. Check that it is on and connected, then reprint.</source>
        <comment>error.printer_unavailable.no_pyusb</comment>
        <translation>印表機 {printer} 無法使用：USB 列印需要 pyusb 套件：pip install &apos;python-escpos[usb]&apos;。請確認印表機已開啟並連接，然後重新列印。</translation>
    </message>
    <message>
        <source>Printer {printer} is not available: no printer has that name (installed: {installed}). Check that it is on and connected, then reprint.</source>
        <comment>error.printer_unavailable.unknown</comment>
        <translation>印表機 {printer} 無法使用：沒有這個名稱的印表機（已安裝：{installed}）。請確認印表機已開啟並連接，然後重新列印。</translation>
    </message>
    <message>
        <source>Printer {printer} is not available: no printer has that name (installed: none). Check that it is on and connected, then reprint.</source>
        <comment>error.printer_unavailable.unknown_none_installed</comment>
        <translation>印表機 {printer} 無法使用：沒有這個名稱的印表機（未安裝任何印表機）。請確認印表機已開啟並連接，然後重新列印。</translation>
    </message>
    <message>
        <source>A USB receipt printer needs its vendor and product id (see lsusb)</source>
        <comment>error.printer_usb_ids_required</comment>
        <translation>USB 收據印表機需要廠商與產品代碼（見 lsusb）</translation>
    </message>
    <message>
        <source>A product needs a category</source>
        <comment>error.product_category_required</comment>
        <translation>商品需要類別</translation>
    </message>
    <message>
        <source>Code {product_code} is already {name}</source>
        <comment>error.product_code_in_use</comment>
        <translation>代碼 {product_code} 已用於 {name}</translation>
    </message>
    <message>
        <source>A product needs a code</source>
        <comment>error.product_code_required</comment>
        <translation>商品需要代碼</translation>
    </message>
    <message>
        <source>{product} is no longer sold</source>
        <comment>error.product_inactive</comment>
        <translation>{product} 已停止販售</translation>
    </message>
    <message>
        <source>A product needs a name</source>
        <comment>error.product_name_required</comment>
        <translation>商品需要名稱</translation>
    </message>
    <message>
        <source>Product {key} was not found.</source>
        <comment>error.product_unknown</comment>
        <translation>找不到商品 {key}。</translation>
    </message>
    <message>
        <source>The chain server sent an event this till cannot read: {problem}</source>
        <comment>error.protocol</comment>
        <translation>連鎖伺服器傳來這台收銀機無法讀取的事件：{problem}</translation>
    </message>
    <message>
        <source>The chain server&apos;s snapshot has no as_of.</source>
        <comment>error.protocol.as_of</comment>
        <translation>連鎖伺服器的快照沒有 as_of。</translation>
    </message>
    <message>
        <source>The chain server sent a snapshot member this till cannot read: {problem}</source>
        <comment>error.protocol.member</comment>
        <translation>連鎖伺服器傳來這台收銀機無法讀取的快照會員：{problem}</translation>
    </message>
    <message>
        <source>The chain server&apos;s snapshot page has no members list.</source>
        <comment>error.protocol.members</comment>
        <translation>連鎖伺服器的快照頁面沒有會員清單。</translation>
    </message>
    <message>
        <source>The chain server&apos;s pull answer has no events list or cursor.</source>
        <comment>error.protocol.pull</comment>
        <translation>連鎖伺服器的下載回應沒有事件清單或游標。</translation>
    </message>
    <message>
        <source>The chain server&apos;s snapshot does not move on: its next page starts at {after!r} after {asked!r}.</source>
        <comment>error.protocol.stuck</comment>
        <translation>連鎖伺服器的快照沒有前進：下一頁在 {asked!r} 之後從 {after!r} 開始。</translation>
    </message>
    <message>
        <source>Head office&apos;s publication cannot be used: {problem}</source>
        <comment>error.publication_invalid</comment>
        <translation>無法使用總部的發布內容：{problem}</translation>
    </message>
    <message>
        <source>An adjustment needs a reason</source>
        <comment>error.reason_required</comment>
        <translation>調整點數需要填寫原因</translation>
    </message>
    <message>
        <source>Say why the card is blocked</source>
        <comment>error.reason_required.block_card</comment>
        <translation>請說明停用會員卡的原因</translation>
    </message>
    <message>
        <source>an adjustment needs a reason</source>
        <comment>error.reason_required.ledger</comment>
        <translation>調整需要填寫原因</translation>
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
        <source>The printed receipt of sale {key} was not found.</source>
        <comment>error.receipt_not_stored</comment>
        <translation>找不到銷售 {key} 的列印收據。</translation>
    </message>
    <message>
        <source>Receipt {key} was not found.</source>
        <comment>error.receipt_unknown</comment>
        <translation>找不到收據 {key}。</translation>
    </message>
    <message>
        <source>Receipt (no number typed) was not found.</source>
        <comment>error.receipt_unknown.empty</comment>
        <translation>找不到收據（未輸入號碼）。</translation>
    </message>
    <message>
        <source>A receipt needs at least {min_width} columns, not {width}</source>
        <comment>error.receipt_width_too_small</comment>
        <translation>收據至少需要 {min_width} 欄，而非 {width} 欄</translation>
    </message>
    <message>
        <source>That is not this shop&apos;s recovery code; nothing was changed.</source>
        <comment>error.recovery_refused</comment>
        <translation>這不是本店的復原碼，未做任何變更。</translation>
    </message>
    <message>
        <source>This redemption is over a points limit.</source>
        <comment>error.redeem_limit</comment>
        <translation>此次兌換超過點數限制。</translation>
    </message>
    <message>
        <source>No member has the referral code {referral}. Check it with the member, or leave the field empty.</source>
        <comment>error.referral_code_unknown</comment>
        <translation>沒有會員的推薦碼是 {referral}。請與會員確認，或將此欄留空。</translation>
    </message>
    <message>
        <source>A member cannot use their own referral code.</source>
        <comment>error.referral_to_self</comment>
        <translation>會員不能使用自己的推薦碼。</translation>
    </message>
    <message>
        <source>The chain server refused the request: {detail}</source>
        <comment>error.refused</comment>
        <translation>連鎖伺服器拒絕了請求：{detail}</translation>
    </message>
    <message>
        <source>The file {name} is missing from {folder}; reinstall loyalty-pos.</source>
        <comment>error.resource_missing</comment>
        <translation>{folder} 中缺少檔案 {name}，請重新安裝 loyalty-pos。</translation>
    </message>
    <message>
        <source>The file {name} is missing from {folder} (not unpacked on disk); reinstall loyalty-pos.</source>
        <comment>error.resource_missing.not_unpacked</comment>
        <translation>{folder} 中缺少檔案 {name}（未解壓到磁碟）；請重新安裝 loyalty-pos。</translation>
    </message>
    <message>
        <source>Not restoring {path}: it is another shop&apos;s backup (shop {backup_shop}; this is shop {current_shop}): its data and card keys would replace this shop&apos;s. To restore it anyway, pass --{flag}</source>
        <comment>error.restore_needs_consent.other_shop</comment>
        <translation>不還原 {path}：這是另一間商店的備份（商店 {backup_shop}；本店為 {current_shop}）：它的資料和會員卡金鑰會取代本店的。若仍要還原，請加上 --{flag}</translation>
    </message>
    <message>
        <source>Not restoring {path}: its card keys ({arriving}) are not this till&apos;s ({here}): cards printed with this till&apos;s keys would read as forged after it (this till&apos;s key file is kept aside either way). To restore it anyway, pass --{flag}</source>
        <comment>error.restore_needs_consent.replace_printed</comment>
        <translation>不還原 {path}：它的會員卡金鑰（{arriving}）不是這台收銀機的（{here}）：之後用這台收銀機金鑰列印的會員卡會被判為偽造（無論如何都會另外保留這台收銀機的金鑰檔案）。若仍要還原，請加上 --{flag}</translation>
    </message>
    <message>
        <source>Not restoring {path}: it fails check: {problems}</source>
        <comment>error.restore_refused.fails_check</comment>
        <translation>不還原 {path}：未通過檢查（check）：{problems}</translation>
    </message>
    <message>
        <source>Not restoring {path}: no such file</source>
        <comment>error.restore_refused.no_such_file</comment>
        <translation>不還原 {path}：沒有這個檔案</translation>
    </message>
    <message>
        <source>Not restoring {path}: it is sealed; give its passphrase (--passphrase-file F, LOYALTY_POS_BACKUP_PASSPHRASE, or type it when asked)</source>
        <comment>error.restore_refused.sealed</comment>
        <translation>不還原 {path}：它已加密；請提供密碼短語（--passphrase-file F、LOYALTY_POS_BACKUP_PASSPHRASE，或在詢問時輸入）</translation>
    </message>
    <message>
        <source>Not restoring {path}: the key file beside it holds {held}, but the backup&apos;s shop signs with {signs}: it is not this backup&apos;s key file</source>
        <comment>error.restore_refused.wrong_key_file</comment>
        <translation>不還原 {path}：旁邊的金鑰檔案含有 {held}，但備份的商店是以 {signs} 簽章：這不是此備份的金鑰檔案</translation>
    </message>
    <message>
        <source>Stopped: {erased:,} member(s) were erased before the stop; the rest are untouched.</source>
        <comment>error.retention_cancelled</comment>
        <translation>已停止：停止前已清除 {erased:,} 位會員，其餘未變動。</translation>
    </message>
    <message>
        <source>A return of this size needs the manager role.</source>
        <comment>error.return_needs_approval</comment>
        <translation>這麼大的退貨需要主管角色。</translation>
    </message>
    <message>
        <source>Reward {reward} is not available: {reason}.</source>
        <comment>error.reward_unavailable</comment>
        <translation>獎勵 {reward} 無法使用：{reason}。</translation>
    </message>
    <message>
        <source>Reward {reward} is not available: ended {day}.</source>
        <comment>error.reward_unavailable.expired</comment>
        <translation>獎勵 {reward} 無法使用：已於 {day} 結束。</translation>
    </message>
    <message>
        <source>Reward {reward} is not available: switched off by a manager.</source>
        <comment>error.reward_unavailable.inactive</comment>
        <translation>獎勵 {reward} 無法使用：已被主管停用。</translation>
    </message>
    <message>
        <source>Reward {reward} is not available: limit of {limit} a day reached.</source>
        <comment>error.reward_unavailable.limit_reached_day</comment>
        <translation>獎勵 {reward} 無法使用：已達每日 {limit} 次的上限。</translation>
    </message>
    <message>
        <source>Reward {reward} is not available: limit of {limit} reached.</source>
        <comment>error.reward_unavailable.limit_reached_ever</comment>
        <translation>獎勵 {reward} 無法使用：已達 {limit} 次的上限。</translation>
    </message>
    <message>
        <source>Reward {reward} is not available: limit of {limit} a month reached.</source>
        <comment>error.reward_unavailable.limit_reached_month</comment>
        <translation>獎勵 {reward} 無法使用：已達每月 {limit} 次的上限。</translation>
    </message>
    <message>
        <source>Reward {reward} is not available: limit of {limit} a week reached.</source>
        <comment>error.reward_unavailable.limit_reached_week</comment>
        <translation>獎勵 {reward} 無法使用：已達每週 {limit} 次的上限。</translation>
    </message>
    <message>
        <source>Reward {reward} is not available: limit of {limit} a year reached.</source>
        <comment>error.reward_unavailable.limit_reached_year</comment>
        <translation>獎勵 {reward} 無法使用：已達每年 {limit} 次的上限。</translation>
    </message>
    <message>
        <source>Reward {reward} is not available: member is blocked.</source>
        <comment>error.reward_unavailable.member_blocked</comment>
        <translation>獎勵 {reward} 無法使用：會員已被停用。</translation>
    </message>
    <message>
        <source>Reward {reward} is not available: member is erased.</source>
        <comment>error.reward_unavailable.member_erased</comment>
        <translation>獎勵 {reward} 無法使用：會員資料已清除。</translation>
    </message>
    <message>
        <source>Reward {reward} is not available: member is merged.</source>
        <comment>error.reward_unavailable.member_merged</comment>
        <translation>獎勵 {reward} 無法使用：會員已合併到另一位會員。</translation>
    </message>
    <message>
        <source>Reward {reward} is not available: needs a basket of {minimum}, basket is {basket}.</source>
        <comment>error.reward_unavailable.min_basket</comment>
        <translation>獎勵 {reward} 無法使用：購物內容需達 {minimum}，目前為 {basket}。</translation>
    </message>
    <message>
        <source>Reward {reward} is not available: needs {tier} tier.</source>
        <comment>error.reward_unavailable.needs_tier</comment>
        <translation>獎勵 {reward} 無法使用：需要 {tier} 等級。</translation>
    </message>
    <message>
        <source>Reward {reward} is not available: no member on the sale.</source>
        <comment>error.reward_unavailable.no_member</comment>
        <translation>獎勵 {reward} 無法使用：這筆交易沒有會員。</translation>
    </message>
    <message>
        <source>Reward {reward} is not available: valid from {day}.</source>
        <comment>error.reward_unavailable.not_yet_valid</comment>
        <translation>獎勵 {reward} 無法使用：自 {day} 起才可使用。</translation>
    </message>
    <message>
        <source>Reward {reward} is not available: out of stock.</source>
        <comment>error.reward_unavailable.out_of_stock</comment>
        <translation>獎勵 {reward} 無法使用：已無庫存。</translation>
    </message>
    <message>
        <source>Reward {reward} is not available: needs {product} in the basket.</source>
        <comment>error.reward_unavailable.product</comment>
        <translation>獎勵 {reward} 無法使用：購物內容中需要有 {product}。</translation>
    </message>
    <message>
        <source>Reward {reward} is not available: needs {needed} x {product} in the basket, basket has {quantity}.</source>
        <comment>error.reward_unavailable.product_count</comment>
        <translation>獎勵 {reward} 無法使用：購物內容需有 {needed} 個 {product}，目前有 {quantity} 個。</translation>
    </message>
    <message>
        <source>Reward {reward} is not available: only {left} left in stock.</source>
        <comment>error.reward_unavailable.stock</comment>
        <translation>獎勵 {reward} 無法使用：庫存只剩 {left}。</translation>
    </message>
    <message>
        <source>Reward {key} was not found.</source>
        <comment>error.reward_unknown</comment>
        <translation>找不到獎勵 {key}。</translation>
    </message>
    <message>
        <source>One sale may redeem at most {cap} points; this sale would redeem {points}.</source>
        <comment>error.sale_redeem_cap</comment>
        <translation>單筆交易最多兌換 {cap} 點；這筆交易將兌換 {points} 點。</translation>
    </message>
    <message>
        <source>Type at least 2 characters to search</source>
        <comment>error.search_too_short</comment>
        <translation>請至少輸入 2 個字元再搜尋</translation>
    </message>
    <message>
        <source>Adjusting more than {threshold} points needs a second manager: another manager approves this adjustment of {points} points with their PIN.</source>
        <comment>error.second_manager_needed</comment>
        <translation>調整超過 {threshold} 點需要第二位主管：由另一位主管以其 PIN 碼核准這次 {points} 點的調整。</translation>
    </message>
    <message>
        <source>The second manager must be someone else than the manager making the adjustment.</source>
        <comment>error.second_manager_same</comment>
        <translation>第二位主管必須是進行調整的主管以外的人。</translation>
    </message>
    <message>
        <source>{path}: {reason}</source>
        <comment>error.secret_file_refused</comment>
        <translation>{path}：{reason}</translation>
    </message>
    <message>
        <source>{path}: the file is empty; its first line is the PIN</source>
        <comment>error.secret_file_refused.empty</comment>
        <translation>{path}：檔案是空的；第一行應為 PIN 碼</translation>
    </message>
    <message>
        <source>{path}: not a file</source>
        <comment>error.secret_file_refused.not_a_file</comment>
        <translation>{path}：不是檔案</translation>
    </message>
    <message>
        <source>{path}: other accounts can read or change this file (mode {mode}); a PIN file must be private: chmod 600 {path}</source>
        <comment>error.secret_file_refused.shared</comment>
        <translation>{path}：其他帳號可以讀取或修改這個檔案（模式 {mode}）；PIN 碼檔案必須是私人的：chmod 600 {path}</translation>
    </message>
    <message>
        <source>{segment} is the target of {campaigns}: aim those campaigns elsewhere first.</source>
        <comment>error.segment_in_use</comment>
        <translation>{segment} 是 {campaigns} 的對象：請先將這些活動改為其他對象。</translation>
    </message>
    <message>
        <source>Segment {key} was not found.</source>
        <comment>error.segment_unknown</comment>
        <translation>找不到客群 {key}。</translation>
    </message>
    <message>
        <source>The shop was not set up: {reason}. Nothing was saved; please try again.</source>
        <comment>error.setup_failed</comment>
        <translation>商店未完成設定：{reason}。未儲存任何資料，請再試一次。</translation>
    </message>
    <message>
        <source>The shop was not set up: {problems}. Nothing was saved; please try again.</source>
        <comment>error.setup_failed.fails_check</comment>
        <translation>商店未設定完成：{problems}。未儲存任何資料；請再試一次。</translation>
    </message>
    <message>
        <source>The shop was not set up: the card key {path} changed while the shop was being set up. Nothing was saved; please try again.</source>
        <comment>error.setup_failed.key_changed</comment>
        <translation>商店未設定完成：設定商店期間會員卡金鑰 {path} 被變更了。未儲存任何資料；請再試一次。</translation>
    </message>
    <message>
        <source>loyalty-pos keeps a shop&apos;s data in {path}, where every account on this computer finds it, but cannot use that folder ({reason}). Create it once for the account that runs the till: sudo mkdir -p &apos;{path}&apos; &amp;&amp; sudo chown {user} &apos;{path}&apos;. Or keep the data in a folder of your choice with --data-dir DIR or the environment variable LOYALTY_POS_DATA_DIR=DIR. To only try loyalty-pos, run: loyalty-pos demo</source>
        <comment>error.shared_data_dir_unusable.darwin</comment>
        <translation>loyalty-pos 將商店資料存放在 {path}，這台電腦上的每個帳戶都能在那裡找到它，但無法使用該資料夾（{reason}）。請為執行收銀機的帳戶建立一次：sudo mkdir -p &apos;{path}&apos; &amp;&amp; sudo chown {user} &apos;{path}&apos;。或用 --data-dir DIR 或環境變數 LOYALTY_POS_DATA_DIR=DIR 把資料存放在您選擇的資料夾。若只想試用 loyalty-pos，請執行：loyalty-pos demo</translation>
    </message>
    <message>
        <source>loyalty-pos keeps a shop&apos;s data in {path}, where every account on this computer finds it, but cannot use that folder ({reason}). Create it once for the account that runs the till: sudo install -d -o {user} -m 0755 {path} Or keep the data in a folder of your choice with --data-dir DIR or the environment variable LOYALTY_POS_DATA_DIR=DIR. To only try loyalty-pos, run: loyalty-pos demo</source>
        <comment>error.shared_data_dir_unusable.other</comment>
        <translation>loyalty-pos 將商店資料存放在 {path}，這台電腦上的每個帳戶都能在那裡找到它，但無法使用該資料夾（{reason}）。請為執行收銀機的帳戶建立一次：sudo install -d -o {user} -m 0755 {path} 或用 --data-dir DIR 或環境變數 LOYALTY_POS_DATA_DIR=DIR 把資料存放在您選擇的資料夾。若只想試用 loyalty-pos，請執行：loyalty-pos demo</translation>
    </message>
    <message>
        <source>loyalty-pos keeps a shop&apos;s data in {path}, where every account on this computer finds it, but cannot use that folder ({reason}). Start loyalty-pos once with &quot;Run as administrator&quot; so it can create the folder, or create {path} yourself and give the Users group Modify permission on it. Or keep the data in a folder of your choice with --data-dir DIR or the environment variable LOYALTY_POS_DATA_DIR=DIR. To only try loyalty-pos, run: loyalty-pos demo</source>
        <comment>error.shared_data_dir_unusable.win32</comment>
        <translation>loyalty-pos 將商店資料存放在 {path}，這台電腦上的每個帳戶都能在那裡找到它，但無法使用該資料夾（{reason}）。請以系統管理員權限（Run as administrator）啟動 loyalty-pos 一次，讓它建立該資料夾；或自行建立 {path}，並給予 Users 群組「修改」(Modify) 權限。或用 --data-dir DIR 或環境變數 LOYALTY_POS_DATA_DIR=DIR 把資料存放在您選擇的資料夾。若只想試用 loyalty-pos，請執行：loyalty-pos demo</translation>
    </message>
    <message>
        <source>{where} already holds a shop; setup changes nothing there.</source>
        <comment>error.shop_exists</comment>
        <translation>{where} 已有商店，設定不會變更其中任何內容。</translation>
    </message>
    <message>
        <source>This database already holds a shop; setup changes nothing there.</source>
        <comment>error.shop_exists.database</comment>
        <translation>此資料庫已有一家店；設定不會變更其中任何內容。</translation>
    </message>
    <message>
        <source>Cards need the shop&apos;s name</source>
        <comment>error.shop_name_required</comment>
        <translation>會員卡需要商店名稱</translation>
    </message>
    <message>
        <source>The shop needs a name</source>
        <comment>error.shop_name_required.settings</comment>
        <translation>商店需要名稱</translation>
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
        <source>The chain&apos;s snapshot holds a member or card twice: {why}</source>
        <comment>error.snapshot_duplicate</comment>
        <translation>連鎖的快照中有重複的會員或會員卡：{why}</translation>
    </message>
    <message>
        <source>The user name {username} is taken.</source>
        <comment>error.staff_exists</comment>
        <translation>使用者名稱 {username} 已被使用。</translation>
    </message>
    <message>
        <source>The database is busy; please try again.</source>
        <comment>error.store_busy</comment>
        <translation>資料庫忙碌中，請再試一次。</translation>
    </message>
    <message>
        <source>The database refused the operation: backup to {dest} failed: {error}.</source>
        <comment>error.store_error.backup_failed</comment>
        <translation>資料庫拒絕了此操作：備份到 {dest} 失敗：{error}。</translation>
    </message>
    <message>
        <source>The database refused the operation: cannot open {path}: {error}.</source>
        <comment>error.store_error.cannot_open</comment>
        <translation>資料庫拒絕了此操作：無法開啟 {path}：{error}。</translation>
    </message>
    <message>
        <source>The database refused the operation: the database cannot use write-ahead logging here (journal mode {mode}).</source>
        <comment>error.store_error.wal</comment>
        <translation>資料庫拒絕了此操作：資料庫在此無法使用預寫式日誌（日誌模式 {mode}）。</translation>
    </message>
    <message>
        <source>The sync with the chain server failed.</source>
        <comment>error.sync_failed</comment>
        <translation>與連鎖伺服器同步失敗。</translation>
    </message>
    <message>
        <source>The chain server&apos;s enrolment answer has no terminal id or token.</source>
        <comment>error.sync_failed.enrolment</comment>
        <translation>連鎖伺服器的註冊回應沒有終端機編號或權杖。</translation>
    </message>
    <message>
        <source>The chain server&apos;s publication has no version.</source>
        <comment>error.sync_failed.no_version</comment>
        <translation>連鎖伺服器的發布內容沒有版本。</translation>
    </message>
    <message>
        <source>The chain server answered something that is not the protocol (HTTP {status}).</source>
        <comment>error.sync_failed.not_protocol</comment>
        <translation>連鎖伺服器的回應不符合通訊協定（HTTP {status}）。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was not accepted ({url}): {reason}</source>
        <comment>error.sync_registration_refused.bad_certificate</comment>
        <translation>伺服器的憑證未被接受（{url}）：{reason}</translation>
    </message>
    <message>
        <source>This till was disconnected from the chain (its token was revoked); register it again.</source>
        <comment>error.sync_registration_refused.disconnected</comment>
        <translation>這台收銀機已與連鎖中斷連線（其權杖已被撤銷）；請重新註冊。</translation>
    </message>
    <message>
        <source>{problem} (not {url!r})</source>
        <comment>error.sync_registration_refused.insecure_url</comment>
        <translation>{problem}（不是 {url!r}）</translation>
    </message>
    <message>
        <source>The server address starts with https:// and names a host, e.g. https://chain.example.com (not {url!r})</source>
        <comment>error.sync_registration_refused.insecure_url_no_host</comment>
        <translation>伺服器位址須以 https:// 開頭並包含主機名稱，例如 https://chain.example.com（不是 {url!r}）</translation>
    </message>
    <message>
        <source>Use https:// for the server: plain http:// is only for a server on this computer (localhost) (not {url!r})</source>
        <comment>error.sync_registration_refused.insecure_url_plain_http</comment>
        <translation>伺服器請使用 https://：一般的 http:// 只適用於這台電腦上的伺服器（localhost）（不是 {url!r}）</translation>
    </message>
    <message>
        <source>This till is not registered with a chain server (loyalty-pos sync register).</source>
        <comment>error.sync_registration_refused.not_registered</comment>
        <translation>這台收銀機尚未向連鎖伺服器註冊（loyalty-pos sync register）。</translation>
    </message>
    <message>
        <source>The chain server cannot be reached ({url}).</source>
        <comment>error.sync_registration_refused.offline</comment>
        <translation>無法連線到連鎖伺服器（{url}）。</translation>
    </message>
    <message>
        <source>The connection to the chain server failed: {reason}</source>
        <comment>error.sync_registration_refused.offline_connection</comment>
        <translation>與連鎖伺服器的連線失敗：{reason}</translation>
    </message>
    <message>
        <source>The chain server did not answer in time ({url}).</source>
        <comment>error.sync_registration_refused.offline_timeout</comment>
        <translation>連鎖伺服器未及時回應（{url}）。</translation>
    </message>
    <message>
        <source>The chain server is unavailable (HTTP {status}); try again later.</source>
        <comment>error.sync_registration_refused.offline_unavailable</comment>
        <translation>連鎖伺服器目前無法使用（HTTP {status}）；請稍後再試。</translation>
    </message>
    <message>
        <source>The chain server sent an event this till cannot read: {problem}</source>
        <comment>error.sync_registration_refused.protocol</comment>
        <translation>連鎖伺服器傳來這台收銀機無法讀取的事件：{problem}</translation>
    </message>
    <message>
        <source>The chain server&apos;s snapshot has no as_of.</source>
        <comment>error.sync_registration_refused.protocol_as_of</comment>
        <translation>連鎖伺服器的快照沒有 as_of。</translation>
    </message>
    <message>
        <source>The chain server sent a snapshot member this till cannot read: {problem}</source>
        <comment>error.sync_registration_refused.protocol_member</comment>
        <translation>連鎖伺服器傳來這台收銀機無法讀取的快照會員：{problem}</translation>
    </message>
    <message>
        <source>The chain server&apos;s snapshot page has no members list.</source>
        <comment>error.sync_registration_refused.protocol_members</comment>
        <translation>連鎖伺服器的快照頁面沒有會員清單。</translation>
    </message>
    <message>
        <source>The chain server&apos;s pull answer has no events list or cursor.</source>
        <comment>error.sync_registration_refused.protocol_pull</comment>
        <translation>連鎖伺服器的下載回應沒有事件清單或游標。</translation>
    </message>
    <message>
        <source>The chain server&apos;s snapshot does not move on: its next page starts at {after!r} after {asked!r}.</source>
        <comment>error.sync_registration_refused.protocol_stuck</comment>
        <translation>連鎖伺服器的快照沒有前進：下一頁在 {asked!r} 之後從 {after!r} 開始。</translation>
    </message>
    <message>
        <source>Head office&apos;s publication cannot be used: {problem}</source>
        <comment>error.sync_registration_refused.publication_invalid</comment>
        <translation>無法使用總部的發布內容：{problem}</translation>
    </message>
    <message>
        <source>The chain server refused the request: {detail}</source>
        <comment>error.sync_registration_refused.refused</comment>
        <translation>連鎖伺服器拒絕了請求：{detail}</translation>
    </message>
    <message>
        <source>The sync with the chain server failed.</source>
        <comment>error.sync_registration_refused.sync_failed</comment>
        <translation>與連鎖伺服器同步失敗。</translation>
    </message>
    <message>
        <source>The chain server&apos;s enrolment answer has no terminal id or token.</source>
        <comment>error.sync_registration_refused.sync_failed_enrolment</comment>
        <translation>連鎖伺服器的註冊回應沒有終端機編號或權杖。</translation>
    </message>
    <message>
        <source>The chain server&apos;s publication has no version.</source>
        <comment>error.sync_registration_refused.sync_failed_no_version</comment>
        <translation>連鎖伺服器的發布內容沒有版本。</translation>
    </message>
    <message>
        <source>The chain server answered something that is not the protocol (HTTP {status}).</source>
        <comment>error.sync_registration_refused.sync_failed_not_protocol</comment>
        <translation>連鎖伺服器的回應不符合通訊協定（HTTP {status}）。</translation>
    </message>
    <message>
        <source>This till may hand out at most {cap} points of rewards a day; {used} are already redeemed here today, so {left} are left.</source>
        <comment>error.terminal_redeem_cap</comment>
        <translation>本收銀機每日最多兌換 {cap} 點的獎勵；今天已在此兌換 {used} 點，剩餘 {left} 點。</translation>
    </message>
    <message>
        <source>A removed tier is still required by {users}; change those first</source>
        <comment>error.tier_in_use</comment>
        <translation>已移除的等級仍被 {users} 使用；請先修改這些項目</translation>
    </message>
    <message>
        <source>Every tier needs a code and a name</source>
        <comment>error.tier_needs_name</comment>
        <translation>每個等級都需要代碼與名稱</translation>
    </message>
    <message>
        <source>{currency} has {exponent} decimals; {text!r} has {decimals}</source>
        <comment>error.too_many_decimals</comment>
        <translation>{currency} 有 {exponent} 位小數；{text!r} 有 {decimals} 位</translation>
    </message>
    <message>
        <source>At most {limit} codes per import</source>
        <comment>error.too_many_partner_codes</comment>
        <translation>每次匯入最多 {limit} 個代碼</translation>
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
        <source>There is no category {unknown}; add it under Products first</source>
        <comment>error.unknown_category</comment>
        <translation>沒有類別 {unknown}；請先在「商品」中新增</translation>
    </message>
    <message>
        <source>There is no category or product {unknown}; add it under Products first</source>
        <comment>error.unknown_counted</comment>
        <translation>沒有類別或商品 {unknown}；請先在商品中新增</translation>
    </message>
    <message>
        <source>The sale has no line {line}</source>
        <comment>error.unknown_line</comment>
        <translation>此筆銷售沒有第 {line} 行</translation>
    </message>
    <message>
        <source>Product {key} was not found.</source>
        <comment>error.unknown_product</comment>
        <translation>找不到商品 {key}。</translation>
    </message>
    <message>
        <source>{name} names a tier the program has not: {tier}</source>
        <comment>error.unknown_tier</comment>
        <translation>{name} 指定了方案中沒有的等級：{tier}</translation>
    </message>
    <message>
        <source>That does not match what is on file for {name}: no points can be spent. Scan their card instead.</source>
        <comment>error.verification_failed</comment>
        <translation>與 {name} 的資料不符：無法使用點數。請改為掃描其會員卡。</translation>
    </message>
    <message>
        <source>Nothing is on file to check {name} against: scan their card to spend points.</source>
        <comment>error.verification_impossible</comment>
        <translation>沒有可用來確認 {name} 的資料：請掃描其會員卡以使用點數。</translation>
    </message>
    <message>
        <source>{name} was found by search, not by their card: ask for their birth date before spending points.</source>
        <comment>error.verify_by_birth_date</comment>
        <translation>{name} 是以搜尋找到的，而非會員卡：使用點數前請詢問其生日。</translation>
    </message>
    <message>
        <source>{name} was found by search, not by their card: ask for the last {digits} digits of their phone before spending points.</source>
        <comment>error.verify_by_phone</comment>
        <translation>{name} 是以搜尋找到的，而非會員卡：使用點數前請詢問其電話末 {digits} 碼。</translation>
    </message>
    <message>
        <source>Type a PIN.</source>
        <comment>error.weak_pin</comment>
        <translation>請輸入 PIN 碼。</translation>
    </message>
    <message>
        <source>A PIN is digits only.</source>
        <comment>error.weak_pin.digits_only</comment>
        <translation>PIN 碼只能是數字。</translation>
    </message>
    <message>
        <source>A PIN of one digit repeated is the first one anyone tries; choose another.</source>
        <comment>error.weak_pin.repeated</comment>
        <translation>同一數字重複的 PIN 碼是任何人第一個會試的；請換一個。</translation>
    </message>
    <message>
        <source>A PIN of digits in a row (like 1234 or 9876) is easy to guess; choose another.</source>
        <comment>error.weak_pin.sequence</comment>
        <translation>連續數字的 PIN 碼（如 1234 或 9876）很容易被猜到；請換一個。</translation>
    </message>
    <message>
        <source>A PIN has at most 12 digits.</source>
        <comment>error.weak_pin.too_long</comment>
        <translation>PIN 碼最多 12 位數。</translation>
    </message>
    <message>
        <source>A PIN has at least 4 digits.</source>
        <comment>error.weak_pin.too_short</comment>
        <translation>PIN 碼至少 4 位數。</translation>
    </message>
    <message>
        <source>This shop has several managers ({names}): name one with --manager.</source>
        <comment>error.which_manager</comment>
        <translation>此商店有多位主管（{names}）：請以 --manager 指定一位。</translation>
    </message>
    <message>
        <source>member retention needs --years N</source>
        <comment>error.years_required</comment>
        <translation>member retention 需要 --years N</translation>
    </message>
    <message>
        <source>An adjustment moves at least 1 point</source>
        <comment>error.zero_points</comment>
        <translation>調整至少要異動 1 點</translation>
    </message>
    <message>
        <source>A ledger entry moves at least 1 point</source>
        <comment>error.zero_points.entry</comment>
        <translation>每筆點數紀錄至少異動 1 點</translation>
    </message>
    <message>
        <source>a ledger entry moves at least 1 point</source>
        <comment>error.zero_points.ledger</comment>
        <translation>每筆點數紀錄至少異動 1 點</translation>
    </message>
    <message>
        <source>Choose what the member does to earn the bonus.</source>
        <comment>field.campaign_action</comment>
        <translation>請選擇會員要做什麼才能獲得獎勵點數。</translation>
    </message>
    <message>
        <source>The till awards only these actions: {actions}.</source>
        <comment>field.campaign_action_not_awarded</comment>
        <translation>收銀機只對這些動作給予獎勵點數：{actions}。</translation>
    </message>
    <message>
        <source>The bonus must be at least 1 point.</source>
        <comment>field.campaign_bonus</comment>
        <translation>獎勵點數至少須為 1 點。</translation>
    </message>
    <message>
        <source>Hold out 0 to {most} % of members.</source>
        <comment>field.campaign_holdout</comment>
        <translation>對照組須為會員的 0 至 {most} %。</translation>
    </message>
    <message>
        <source>The hours must start before they end.</source>
        <comment>field.campaign_hours</comment>
        <translation>時段的開始必須早於結束。</translation>
    </message>
    <message>
        <source>Say after how many days without a visit a member is welcomed back (1 or more).</source>
        <comment>field.campaign_lapsed_days</comment>
        <translation>請設定會員未光顧幾天後可獲得歡迎回來的點數（1 天以上）。</translation>
    </message>
    <message>
        <source>A member may earn it 1 to {most} times per period, or leave the limit off.</source>
        <comment>field.campaign_limit</comment>
        <translation>每位會員每期間可獲得 1 至 {most} 次，或不設限制。</translation>
    </message>
    <message>
        <source>The minimum spend cannot be negative.</source>
        <comment>field.campaign_min_spend</comment>
        <translation>最低消費不可為負數。</translation>
    </message>
    <message>
        <source>A multiplier must be above 100 % (200 % is double points).</source>
        <comment>field.campaign_multiplier</comment>
        <translation>倍數須高於 100 %（200 % 即雙倍點數）。</translation>
    </message>
    <message>
        <source>Give the campaign a name.</source>
        <comment>field.campaign_name_empty</comment>
        <translation>請為活動命名。</translation>
    </message>
    <message>
        <source>Names in other languages are one line each, up to 80 characters.</source>
        <comment>field.campaign_names</comment>
        <translation>其他語言的名稱各為一行，最多 80 個字元。</translation>
    </message>
    <message>
        <source>The odds must be 1 in 2 or rarer.</source>
        <comment>field.campaign_odds</comment>
        <translation>中獎機率須為 2 次中 1 次或更低。</translation>
    </message>
    <message>
        <source>Choose an amount-off, percent-off or free-product reward as the prize.</source>
        <comment>field.campaign_prize</comment>
        <translation>請選擇折抵金額、折扣比例或免費商品的獎勵作為獎品。</translation>
    </message>
    <message>
        <source>Choose the country the shop is in.</source>
        <comment>field.country_unknown</comment>
        <translation>請選擇店家所在的國家。</translation>
    </message>
    <message>
        <source>Choose the currency the shop&apos;s prices are in.</source>
        <comment>field.currency_unknown</comment>
        <translation>請選擇店家標價所用的幣別。</translation>
    </message>
    <message>
        <source>{flag}: {problem}</source>
        <comment>field.flagged</comment>
        <translation>{flag}：{problem}</translation>
    </message>
    <message>
        <source>Set the last day for entries (Valid until): the draw is after it.</source>
        <comment>field.giveaway_close</comment>
        <translation>請設定最後參加日（有效期限）：抽獎在此日之後。</translation>
    </message>
    <message>
        <source>The image must be a PNG picture chosen with the image button.</source>
        <comment>field.image_not_png</comment>
        <translation>圖片須為用圖片按鈕選擇的 PNG 圖片。</translation>
    </message>
    <message>
        <source>The image is too large; choose a smaller picture.</source>
        <comment>field.image_too_large</comment>
        <translation>圖片太大；請選擇較小的圖片。</translation>
    </message>
    <message>
        <source>The image could not be read; choose it again.</source>
        <comment>field.image_unreadable</comment>
        <translation>無法讀取圖片；請重新選擇。</translation>
    </message>
    <message>
        <source>Choose one of the languages offered.</source>
        <comment>field.language_unknown</comment>
        <translation>請從提供的語言中選擇一種。</translation>
    </message>
    <message>
        <source>The last day must be on or after the first day.</source>
        <comment>field.last_day_before_first</comment>
        <translation>最後一天須在第一天當天或之後。</translation>
    </message>
    <message>
        <source>The logo must be a PNG picture.</source>
        <comment>field.logo_not_png</comment>
        <translation>標誌須為 PNG 圖片。</translation>
    </message>
    <message>
        <source>The logo is over {kb} KB even scaled; choose a simpler picture.</source>
        <comment>field.logo_too_large</comment>
        <translation>標誌縮小後仍超過 {kb} KB；請選擇較簡單的圖片。</translation>
    </message>
    <message>
        <source>Type the manager&apos;s name.</source>
        <comment>field.manager_name_empty</comment>
        <translation>請輸入主管的姓名。</translation>
    </message>
    <message>
        <source>There is no product {products}; remove it from the list.</source>
        <comment>field.no_excluded_product</comment>
        <translation>沒有 {products} 這項商品；請從清單中移除。</translation>
    </message>
    <message>
        <source>There is no category {categories}; choose from the list.</source>
        <comment>field.no_such_categories</comment>
        <translation>沒有 {categories} 這個類別；請從清單中選擇。</translation>
    </message>
    <message>
        <source>There is no category {category}; choose one from the list.</source>
        <comment>field.no_such_category</comment>
        <translation>沒有 {category} 這個類別；請從清單中選擇。</translation>
    </message>
    <message>
        <source>There is no product {product}; choose one from the catalog.</source>
        <comment>field.no_such_product</comment>
        <translation>沒有 {product} 這項商品；請從商品目錄中選擇。</translation>
    </message>
    <message>
        <source>There is no product {products}; type codes from the catalog.</source>
        <comment>field.no_such_products</comment>
        <translation>沒有商品 {products}；請輸入商品目錄中的代碼。</translation>
    </message>
    <message>
        <source>There is no segment {segment}; choose one from the list.</source>
        <comment>field.no_such_segment</comment>
        <translation>沒有 {segment} 這個客群；請從清單中選擇。</translation>
    </message>
    <message>
        <source>There is no tier {tier}; choose one of the program&apos;s tiers.</source>
        <comment>field.no_such_tier</comment>
        <translation>沒有 {tier} 這個等級；請選擇方案中的等級。</translation>
    </message>
    <message>
        <source>A PIN is digits only.</source>
        <comment>field.pin_digits_only</comment>
        <translation>PIN 碼只能是數字。</translation>
    </message>
    <message>
        <source>Type a PIN.</source>
        <comment>field.pin_empty</comment>
        <translation>請輸入 PIN 碼。</translation>
    </message>
    <message>
        <source>A PIN of one digit repeated is the first one anyone tries; choose another.</source>
        <comment>field.pin_repeated</comment>
        <translation>同一數字重複的 PIN 碼是任何人第一個會試的；請換一個。</translation>
    </message>
    <message>
        <source>A PIN of digits in a row (like 1234 or 9876) is easy to guess; choose another.</source>
        <comment>field.pin_sequence</comment>
        <translation>連續數字的 PIN 碼（如 1234 或 9876）很容易被猜到；請換一個。</translation>
    </message>
    <message>
        <source>A PIN has at most {digits} digits.</source>
        <comment>field.pin_too_long</comment>
        <translation>PIN 碼最多 {digits} 位數。</translation>
    </message>
    <message>
        <source>A PIN has at least {digits} digits.</source>
        <comment>field.pin_too_short</comment>
        <translation>PIN 碼至少要 {digits} 位數。</translation>
    </message>
    <message>
        <source>The two PINs differ; type the same PIN twice.</source>
        <comment>field.pins_differ</comment>
        <translation>兩次輸入的 PIN 碼不同；請輸入相同的 PIN 碼兩次。</translation>
    </message>
    <message>
        <source>The amount must be above 0.</source>
        <comment>field.reward_amount</comment>
        <translation>金額須大於 0。</translation>
    </message>
    <message>
        <source>Choose a limit period: day, week, month, year or ever.</source>
        <comment>field.reward_limit_period</comment>
        <translation>請選擇上限期間：日、週、月、年或永久。</translation>
    </message>
    <message>
        <source>Give the reward a name.</source>
        <comment>field.reward_name_empty</comment>
        <translation>請為獎勵命名。</translation>
    </message>
    <message>
        <source>Names in other languages are one line each, up to 80 characters (a description up to 200).</source>
        <comment>field.reward_names</comment>
        <translation>其他語言的名稱各為一行，最多 80 個字元（說明最多 200 個字元）。</translation>
    </message>
    <message>
        <source>Type the partner&apos;s offer as the receipt prints it.</source>
        <comment>field.reward_partner</comment>
        <translation>請輸入收據上要印出的合作夥伴優待。</translation>
    </message>
    <message>
        <source>The per-member limit must be above 0, or none.</source>
        <comment>field.reward_per_member_limit</comment>
        <translation>每位會員的上限須大於 0，或不設上限。</translation>
    </message>
    <message>
        <source>The percent must be between 1 and 100.</source>
        <comment>field.reward_percent</comment>
        <translation>比率須介於 1 到 100 之間。</translation>
    </message>
    <message>
        <source>The value of the points must be above 0.</source>
        <comment>field.reward_point_value</comment>
        <translation>點數的價值須大於 0。</translation>
    </message>
    <message>
        <source>The points price must be above 0.</source>
        <comment>field.reward_points_cost</comment>
        <translation>點數價格須大於 0。</translation>
    </message>
    <message>
        <source>List 1 to {limit} other rewards to draw from, each once, with weights above 0.</source>
        <comment>field.reward_pool</comment>
        <translation>請列出 1 至 {limit} 個其他獎勵供抽選，每個一次，權重大於 0。</translation>
    </message>
    <message>
        <source>Choose the product.</source>
        <comment>field.reward_product</comment>
        <translation>請選擇商品。</translation>
    </message>
    <message>
        <source>Buy and free quantities must both be above 0.</source>
        <comment>field.reward_quantities</comment>
        <translation>購買數量與免費數量都須大於 0。</translation>
    </message>
    <message>
        <source>Stock must be 0 or more, or unlimited.</source>
        <comment>field.reward_stock</comment>
        <translation>庫存須為 0 或以上，或不限量。</translation>
    </message>
    <message>
        <source>Draw at least 1 winner.</source>
        <comment>field.reward_winners</comment>
        <translation>至少抽出 1 位得獎者。</translation>
    </message>
    <message>
        <source>Look back 1 to {most} days.</source>
        <comment>field.segment_days</comment>
        <translation>回溯天數須為 1 至 {most} 天。</translation>
    </message>
    <message>
        <source>Give the segment a name.</source>
        <comment>field.segment_name_empty</comment>
        <translation>請為客群命名。</translation>
    </message>
    <message>
        <source>Names in other languages are one line each, up to 80 characters.</source>
        <comment>field.segment_names</comment>
        <translation>其他語言的名稱各為一行，最多 80 個字元。</translation>
    </message>
    <message>
        <source>The spend must be above 0.</source>
        <comment>field.segment_spend</comment>
        <translation>消費額必須大於 0。</translation>
    </message>
    <message>
        <source>Choose the tier.</source>
        <comment>field.segment_tier</comment>
        <translation>請選擇等級。</translation>
    </message>
    <message>
        <source>At least 1 visit.</source>
        <comment>field.segment_visits</comment>
        <translation>至少 1 次來店。</translation>
    </message>
    <message>
        <source>At most {lines} lines of {characters} characters.</source>
        <comment>field.shop_address_too_long</comment>
        <translation>最多 {lines} 行，每行 {characters} 個字元。</translation>
    </message>
    <message>
        <source>Type the shop&apos;s name as customers know it.</source>
        <comment>field.shop_name_empty</comment>
        <translation>請輸入顧客所熟知的店名。</translation>
    </message>
    <message>
        <source>At most {limit} characters: a receipt&apos;s header holds no more.</source>
        <comment>field.shop_name_too_long</comment>
        <translation>最多 {limit} 個字元：收據的抬頭放不下更多。</translation>
    </message>
    <message>
        <source>Name the item that earns a stamp, e.g. Coffee.</source>
        <comment>field.stamp_item_empty</comment>
        <translation>請輸入可集一個章的品項，例如：咖啡。</translation>
    </message>
    <message>
        <source>A stamp card needs the item that earns a stamp.</source>
        <comment>field.stamp_item_missing</comment>
        <translation>集點卡需要一個可集章的品項。</translation>
    </message>
    <message>
        <source>Type the item&apos;s price, above 0.</source>
        <comment>field.stamp_price_missing</comment>
        <translation>請輸入品項的價格，須大於 0。</translation>
    </message>
    <message>
        <source>{timezone!r} is not a time zone; choose one like Europe/Oslo.</source>
        <comment>field.timezone_unknown</comment>
        <translation>{timezone!r} 不是時區；請選擇如 Asia/Taipei 的時區。</translation>
    </message>
    <message>
        <source>At most {limit} characters.</source>
        <comment>field.too_long</comment>
        <translation>最多 {limit} 個字元。</translation>
    </message>
    <message>
        <source>Base {points} pts / {amount}</source>
        <comment>points.base_many</comment>
        <translation>基本 {points} 點 / {amount}</translation>
    </message>
    <message>
        <source>Base {points} pt / {amount}</source>
        <comment>points.base_one</comment>
        <translation>基本 {points} 點 / {amount}</translation>
    </message>
    <message>
        <source>Happy birthday: {campaign}</source>
        <comment>points.birthday</comment>
        <translation>生日快樂：{campaign}</translation>
    </message>
    <message>
        <source>Bonus: {campaign}</source>
        <comment>points.campaign_bonus</comment>
        <translation>活動加碼：{campaign}</translation>
    </message>
    <message>
        <source>{campaign} {hours}: x{multiplier}</source>
        <comment>points.campaign_hours</comment>
        <translation>{campaign} {hours}：x{multiplier}</translation>
    </message>
    <message>
        <source>{campaign} {hours}: x{multiplier} on {scope}</source>
        <comment>points.campaign_hours_on</comment>
        <translation>{campaign} {hours}：{scope} x{multiplier}</translation>
    </message>
    <message>
        <source>{campaign} x{multiplier}</source>
        <comment>points.campaign_multiplier</comment>
        <translation>{campaign} x{multiplier}</translation>
    </message>
    <message>
        <source>{category} x{multiplier}</source>
        <comment>points.category_multiplier</comment>
        <translation>類別 {category} x{multiplier}</translation>
    </message>
    <message>
        <source>Daily cap {cap}</source>
        <comment>points.daily_cap</comment>
        <translation>每日上限 {cap}</translation>
    </message>
    <message>
        <source>Instant win: {campaign}</source>
        <comment>points.instant_win</comment>
        <translation>即時中獎：{campaign}</translation>
    </message>
    <message>
        <source>{count} points</source>
        <comment>points.many</comment>
        <translation>{count} 點</translation>
    </message>
    <message>
        <source>Below minimum basket {amount}</source>
        <comment>points.minimum_basket</comment>
        <translation>未達最低消費 {amount}</translation>
    </message>
    <message>
        <source>Purchase points not below 0</source>
        <comment>points.no_negative</comment>
        <translation>消費點數不低於 0</translation>
    </message>
    <message>
        <source>{count} point</source>
        <comment>points.one</comment>
        <translation>{count} 點</translation>
    </message>
    <message>
        <source>{product} x{multiplier}</source>
        <comment>points.product_multiplier</comment>
        <translation>商品 {product} x{multiplier}</translation>
    </message>
    <message>
        <source>Referred by a friend: {campaign}</source>
        <comment>points.referral</comment>
        <translation>朋友推薦：{campaign}</translation>
    </message>
    <message>
        <source>A friend you referred: {campaign}</source>
        <comment>points.referrer</comment>
        <translation>您推薦的朋友：{campaign}</translation>
    </message>
    <message>
        <source>Cap per sale {cap}</source>
        <comment>points.sale_cap</comment>
        <translation>單筆上限 {cap}</translation>
    </message>
    <message>
        <source>Till&apos;s daily cap {cap}</source>
        <comment>points.terminal_cap</comment>
        <translation>收銀機每日上限 {cap}</translation>
    </message>
    <message>
        <source>{tier} tier x{multiplier}</source>
        <comment>points.tier_multiplier</comment>
        <translation>{tier} 等級 x{multiplier}</translation>
    </message>
    <message>
        <source>Volume: {rule}</source>
        <comment>points.volume_bonus</comment>
        <translation>量購：{rule}</translation>
    </message>
    <message>
        <source>Welcome back: {campaign}</source>
        <comment>points.win_back</comment>
        <translation>歡迎回來：{campaign}</translation>
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
        <source>Daily points cap reached: {earned} of {uncapped} points earned</source>
        <comment>receipt.cap.daily_cap</comment>
        <translation>已達每日點數上限：獲得 {earned} 點（原可得 {uncapped} 點）</translation>
    </message>
    <message>
        <source>Points cap per sale reached: {earned} of {uncapped} points earned</source>
        <comment>receipt.cap.sale_cap</comment>
        <translation>已達單筆點數上限：獲得 {earned} 點（原可得 {uncapped} 點）</translation>
    </message>
    <message>
        <source>This till&apos;s daily points cap reached: {earned} of {uncapped} points earned</source>
        <comment>receipt.cap.terminal_cap</comment>
        <translation>已達本收銀機每日點數上限：獲得 {earned} 點（原可得 {uncapped} 點）</translation>
    </message>
    <message>
        <source>{name}: {count} of {target}</source>
        <comment>receipt.challenge</comment>
        <translation>{name}：{count} / {target}</translation>
    </message>
    <message>
        <source>{name} complete: +{points}</source>
        <comment>receipt.challenge_done</comment>
        <translation>{name} 完成：+{points}</translation>
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
        <source>Donated {points} = {amount} to {charity}</source>
        <comment>receipt.donated</comment>
        <translation>已捐贈 {points} = {amount} 給 {charity}</translation>
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
        <source>Left on card {card}</source>
        <comment>receipt.gift_card_left</comment>
        <translation>卡片 {card} 餘額</translation>
    </message>
    <message>
        <source>Gift card {card}</source>
        <comment>receipt.gift_card_paid</comment>
        <translation>禮物卡 {card}</translation>
    </message>
    <message>
        <source>Back on gift card {card}</source>
        <comment>receipt.gift_card_refunded</comment>
        <translation>退回禮物卡 {card}</translation>
    </message>
    <message>
        <source>Gift card sale: key {amount} into the register</source>
        <comment>receipt.gift_card_register</comment>
        <translation>禮物卡銷售：請在收銀機輸入 {amount}</translation>
    </message>
    <message>
        <source>Gift card {card} sold</source>
        <comment>receipt.gift_card_sold</comment>
        <translation>禮物卡 {card} 已售出</translation>
    </message>
    <message>
        <source>Gift card {card} topped up</source>
        <comment>receipt.gift_card_topped_up</comment>
        <translation>禮物卡 {card} 已儲值</translation>
    </message>
    <message>
        <source>Instant win: {reward}</source>
        <comment>receipt.instant_win</comment>
        <translation>即時中獎：{reward}</translation>
    </message>
    <message>
        <source>Invite a friend: code {code}</source>
        <comment>receipt.invite_friend</comment>
        <translation>邀請朋友：推薦碼 {code}</translation>
    </message>
    <message>
        <source>Member {name}</source>
        <comment>receipt.member</comment>
        <translation>會員 {name}</translation>
    </message>
    <message>
        <source>Member price</source>
        <comment>receipt.member_price</comment>
        <translation>會員價</translation>
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
        <source>New badge: {name}</source>
        <comment>receipt.new_badge</comment>
        <translation>新徽章：{name}</translation>
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
        <source>Paid on the shop&apos;s register</source>
        <comment>receipt.paid_on_register</comment>
        <translation>已於店內收銀機付款</translation>
    </message>
    <message>
        <source>{name} until {day}</source>
        <comment>receipt.paid_tier_until</comment>
        <translation>{name} 至 {day}</translation>
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
        <source>Points are rounded up to whole points.</source>
        <comment>receipt.rounding.ceiling</comment>
        <translation>點數無條件進位至整數點。</translation>
    </message>
    <message>
        <source>Points are rounded down to whole points.</source>
        <comment>receipt.rounding.down</comment>
        <translation>點數無條件捨去至整數點。</translation>
    </message>
    <message>
        <source>Points are rounded down to whole points.</source>
        <comment>receipt.rounding.floor</comment>
        <translation>點數無條件捨去至整數點。</translation>
    </message>
    <message>
        <source>Points are rounded to the nearest whole point (a half to the even one).</source>
        <comment>receipt.rounding.half_even</comment>
        <translation>點數四捨六入五成雙至整數點。</translation>
    </message>
    <message>
        <source>Points are rounded to the nearest whole point (a half up).</source>
        <comment>receipt.rounding.half_up</comment>
        <translation>點數四捨五入至整數點。</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <comment>receipt.subtotal</comment>
        <translation>小計</translation>
    </message>
    <message>
        <source>TEST PRINT - NOT A SALE</source>
        <comment>receipt.test_print</comment>
        <translation>測試列印 - 非實際交易</translation>
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
        <source>Volume discount {percent} %</source>
        <comment>receipt.volume_discount</comment>
        <translation>量購折扣 {percent} %</translation>
    </message>
    <message>
        <source>it is another shop&apos;s backup (shop {backup_shop}; this is shop {current_shop}): its data and card keys would replace this shop&apos;s</source>
        <comment>restore_consent.other_shop</comment>
        <translation>這是另一間商店的備份（商店 {backup_shop}；本店為 {current_shop}）：它的資料和會員卡金鑰會取代本店的</translation>
    </message>
    <message>
        <source>its card keys ({arriving}) are not this till&apos;s ({here}): cards printed with this till&apos;s keys would read as forged after it (this till&apos;s key file is kept aside either way)</source>
        <comment>restore_consent.replace_printed</comment>
        <translation>它的會員卡金鑰（{arriving}）不是這台收銀機的（{here}）：之後用這台收銀機金鑰列印的會員卡會被判為偽造（無論如何都會另外保留這台收銀機的金鑰檔案）</translation>
    </message>
    <message>
        <source>{amount} off</source>
        <comment>reward_effect.amount_off</comment>
        <translation>折抵 {amount}</translation>
    </message>
    <message>
        <source>{total} for {paid}: {product}</source>
        <comment>reward_effect.buy_x_get_y</comment>
        <translation>{total} 件只付 {paid} 件：{product}</translation>
    </message>
    <message>
        <source>Free: {product}</source>
        <comment>reward_effect.free_product</comment>
        <translation>免費：{product}</translation>
    </message>
    <message>
        <source>1 entry in the prize draw</source>
        <comment>reward_effect.giveaway</comment>
        <translation>1 張抽獎券</translation>
    </message>
    <message>
        <source>Drawn: {reward}</source>
        <comment>reward_effect.mystery</comment>
        <translation>抽中：{reward}</translation>
    </message>
    <message>
        <source>Partner voucher: {partner} — code {code}</source>
        <comment>reward_effect.partner_code</comment>
        <translation>合作夥伴兌換券：{partner} — 代碼 {code}</translation>
    </message>
    <message>
        <source>Partner voucher: {partner}</source>
        <comment>reward_effect.partner_offer</comment>
        <translation>合作夥伴兌換券：{partner}</translation>
    </message>
    <message>
        <source>{points} points = {amount}</source>
        <comment>reward_effect.pay_with_points</comment>
        <translation>{points} 點 = {amount}</translation>
    </message>
    <message>
        <source>{percent} % off</source>
        <comment>reward_effect.percent_off</comment>
        <translation>折扣 {percent} %</translation>
    </message>
    <message>
        <source>{percent} % off {category}</source>
        <comment>reward_effect.percent_off_category</comment>
        <translation>{category} 折扣 {percent} %</translation>
    </message>
    <message>
        <source>Store credit {amount}</source>
        <comment>reward_effect.store_credit</comment>
        <translation>購物金 {amount}</translation>
    </message>
    <message>
        <source>The server address starts with https:// and names a host, e.g. https://chain.example.com</source>
        <comment>server_address.no_host</comment>
        <translation>伺服器位址須以 https:// 開頭並包含主機名稱，例如 https://chain.example.com</translation>
    </message>
    <message>
        <source>Use https:// for the server: plain http:// is only for a server on this computer (localhost)</source>
        <comment>server_address.plain_http</comment>
        <translation>伺服器請使用 https://：一般的 http:// 只適用於這台電腦上的伺服器（localhost）</translation>
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
