<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name></name>
    <message>
        <source>Always</source>
        <translation>一律適用</translation>
    </message>
    <message>
        <source>From {day}</source>
        <translation>自 {day} 起</translation>
    </message>
    <message>
        <source>Until {day}</source>
        <translation>至 {day} 止</translation>
    </message>
    <message>
        <source>{first} – {last}</source>
        <translation>{first} – {last}</translation>
    </message>
    <message>
        <source>Find member</source>
        <translation>查詢會員</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Redeem</source>
        <translation>兌換</translation>
    </message>
    <message>
        <source>Undo reward</source>
        <translation>取消獎勵</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>入會</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>退貨</translation>
    </message>
    <message>
        <source>Pay cash</source>
        <translation>現金結帳</translation>
    </message>
    <message>
        <source>Pay card</source>
        <translation>刷卡結帳</translation>
    </message>
    <message>
        <source>New sale / void</source>
        <translation>新交易／作廢</translation>
    </message>
    <message>
        <source>Gift card</source>
        <translation>禮物卡</translation>
    </message>
    <message>
        <source>Donate points</source>
        <translation>捐贈點數</translation>
    </message>
    <message>
        <source>A gift card</source>
        <translation>禮物卡</translation>
    </message>
    <message>
        <source>Gift card {card} pays {amount}. Take the rest, {rest}, with F9 cash or F10 card.</source>
        <translation>禮物卡 {card} 支付 {amount}。其餘 {rest} 請以 F9 現金或 F10 刷卡收取。</translation>
    </message>
    <message>
        <source>Gift card sale — key {amount} into the register.</source>
        <translation>禮物卡銷售——請在收銀機輸入 {amount}。</translation>
    </message>
    <message>
        <source>A donation</source>
        <translation>捐贈</translation>
    </message>
    <message>
        <source>Identify the member first: scan the card or press F2.</source>
        <translation>請先確認會員：掃描會員卡或按 F2。</translation>
    </message>
    <message>
        <source>Donate before or after the sale: a donation prints a slip of its own.</source>
        <translation>請在交易前或交易後捐贈：捐贈會列印自己的單據。</translation>
    </message>
    <message>
        <source>Still loading the member; press Ctrl+D again in a moment.</source>
        <translation>仍在載入會員；請稍後再按一次 Ctrl+D。</translation>
    </message>
    <message>
        <source>The shop has no charity to give to yet (Back office &gt; Earning rules &amp; tiers &gt; Gift cards &amp; charity).</source>
        <translation>本店尚未設定可捐贈的慈善機構（後台管理 &gt; 集點規則與等級 &gt; 禮物卡與慈善）。</translation>
    </message>
    <message>
        <source>Donated {points:,} points = {amount}. The member has {balance:,} points now.</source>
        <translation>已捐贈 {points:,} 點 = {amount}。會員現有 {balance:,} 點。</translation>
    </message>
    <message>
        <source>Member action</source>
        <translation>會員動作</translation>
    </message>
    <message>
        <source>Still loading the member&apos;s rewards; press F4 again in a moment.</source>
        <translation>仍在載入會員的獎勵；請稍後再按 F4。</translation>
    </message>
    <message>
        <source>No reward on this sale to take off.</source>
        <translation>此筆交易沒有可取消的獎勵。</translation>
    </message>
    <message>
        <source>Last reward taken off the sale.</source>
        <translation>已從交易中取消最後一個獎勵。</translation>
    </message>
    <message>
        <source>A manager&apos;s approval</source>
        <translation>主管核准</translation>
    </message>
    <message>
        <source>Add a product first, then select its line for the discount.</source>
        <translation>請先加入商品，再選擇要折扣的品項。</translation>
    </message>
    <message>
        <source>The basket changed meanwhile; select the line and press F6 again.</source>
        <translation>購物內容在這期間已變更；請選擇品項後再按一次 F6。</translation>
    </message>
    <message>
        <source>{amount} off {name}</source>
        <translation>{name} 折 {amount}</translation>
    </message>
    <message>
        <source>Discount approved by {manager}.</source>
        <translation>折扣已由 {manager} 核准。</translation>
    </message>
    <message>
        <source>The basket is empty: scan a product first.</source>
        <translation>購物內容是空的：請先掃描商品。</translation>
    </message>
    <message>
        <source>Saving the sale…</source>
        <translation>正在儲存交易…</translation>
    </message>
    <message>
        <source>the discounts now totalling {amount}</source>
        <translation>目前合計 {amount} 的折扣</translation>
    </message>
    <message>
        <source>The basket changed meanwhile; press pay again.</source>
        <translation>購物內容在這期間已變更；請再按一次結帳。</translation>
    </message>
    <message>
        <source> (it was already saved: nothing was charged twice)</source>
        <translation> （已儲存：不會重複收費）</translation>
    </message>
    <message>
        <source>Sale saved, receipt {number}.</source>
        <translation>交易已儲存，收據 {number}。</translation>
    </message>
    <message>
        <source>Training sale: nothing was saved.</source>
        <translation>練習交易：未儲存任何資料。</translation>
    </message>
    <message>
        <source>Checked: {name}&apos;s points can be spent.</source>
        <translation>已確認：{name} 的點數可以使用。</translation>
    </message>
    <message>
        <source>Not redeemed: the member was not checked.</source>
        <translation>未兌換：未確認會員身分。</translation>
    </message>
    <message>
        <source>Sale voided. Nothing was saved.</source>
        <translation>交易已作廢。未儲存任何資料。</translation>
    </message>
    <message>
        <source>Void this sale? Press F12 again to confirm.</source>
        <translation>要作廢此筆交易嗎？再按一次 F12 確認。</translation>
    </message>
    <message>
        <source>{what} would be saved: not in training mode (Ctrl+Shift+T leaves it).</source>
        <translation>{what}將會被儲存：不屬於練習模式（按 Ctrl+Shift+T 離開）。</translation>
    </message>
    <message>
        <source>An enrolment</source>
        <translation>入會</translation>
    </message>
    <message>
        <source>{name} is enrolled.</source>
        <translation>{name} 已入會。</translation>
    </message>
    <message>
        <source>Finish or void the training sale before a training return.</source>
        <translation>練習退貨前請先完成或作廢練習交易。</translation>
    </message>
    <message>
        <source>Training return: nothing was saved.</source>
        <translation>練習退貨：未儲存任何資料。</translation>
    </message>
    <message>
        <source>Return {number} saved: refund {amount}.</source>
        <translation>退貨 {number} 已儲存：退款 {amount}。</translation>
    </message>
    <message>
        <source>Printing receipt {number}…</source>
        <translation>正在列印收據 {number}…</translation>
    </message>
    <message>
        <source>Receipt {number} printed to {where}.</source>
        <translation>收據 {number} 已輸出至 {where}。</translation>
    </message>
    <message>
        <source>TRAINING — nothing is saved</source>
        <translation>練習模式 — 不會儲存任何資料</translation>
    </message>
    <message>
        <source>Finish the sale, or void it with F12, before switching training mode.</source>
        <translation>切換練習模式前請先完成交易，或按 F12 作廢。</translation>
    </message>
    <message>
        <source>Training mode: sales are priced as usual and nothing is saved. Ctrl+Shift+T goes back to real sales.</source>
        <translation>練習模式：交易照常計價，但不會儲存任何資料。按 Ctrl+Shift+T 回到正式交易。</translation>
    </message>
    <message>
        <source>Training mode ended: sales are saved again.</source>
        <translation>練習模式已結束：交易會再次儲存。</translation>
    </message>
    <message>
        <source>{name} — {width}×{height} at {x}, {y}</source>
        <translation>{name} — {width}×{height}，位置 {x}, {y}</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <source>Only one screen is connected: the customer display opens as a window on the till&apos;s screen.</source>
        <translation>只連接了一個螢幕：客戶顯示器會以視窗開在收銀畫面上。</translation>
    </message>
    <message>
        <source>{wanted} is the till&apos;s own screen: the customer display is on {fallback}.</source>
        <translation>{wanted} 是收銀機本身的螢幕：客戶顯示器改用 {fallback}。</translation>
    </message>
    <message>
        <source>Screen {wanted} is not connected: the customer display is on {fallback}.</source>
        <translation>螢幕 {wanted} 未連接：客戶顯示器改用 {fallback}。</translation>
    </message>
    <message>
        <source>Enter  {action}</source>
        <translation>Enter  {action}</translation>
    </message>
    <message>
        <source>Esc  Cancel</source>
        <translation>Esc  取消</translation>
    </message>
    <message>
        <source>Member sales replayed</source>
        <translation>重跑的會員交易</translation>
    </message>
    <message>
        <source>Points issued</source>
        <translation>發放點數</translation>
    </message>
    <message>
        <source>Cost of the points issued</source>
        <translation>發放點數的成本</translation>
    </message>
    <message>
        <source>Liability after the window (points)</source>
        <translation>期間後的負債（點數）</translation>
    </message>
    <message>
        <source>Liability after the window (value)</source>
        <translation>期間後的負債（價值）</translation>
    </message>
    <message>
        <source>{tier} ({members} members): points</source>
        <translation>{tier}（{members} 位會員）：點數</translation>
    </message>
    <message>
        <source>{tier}: cost</source>
        <translation>{tier}：成本</translation>
    </message>
    <message>
        <source>Members who can redeem {reward} ({points} pts)</source>
        <translation>可兌換{reward}（{points} 點）的會員</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Published v{version}</source>
        <translation>已發布 v{version}</translation>
    </message>
    <message>
        <source>Draft v{version}</source>
        <translation>草稿 v{version}</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>變更</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>獎勵</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>點數</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效期間</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>庫存</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等級</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>收銀機</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>已變更</translation>
    </message>
    <message>
        <source>{name} (retired)</source>
        <translation>{name}（已停用）</translation>
    </message>
    <message>
        <source>from </source>
        <translation>自 </translation>
    </message>
    <message>
        <source>Any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>提供中</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>from {points} pts</source>
        <translation>{points} 點起</translation>
    </message>
    <message>
        <source>{points} pts</source>
        <translation>{points} 點</translation>
    </message>
    <message>
        <source>available now</source>
        <translation>現在可兌換</translation>
    </message>
    <message>
        <source>Not in a chain: this till keeps its members and program to itself.</source>
        <translation>未加入連鎖：本收銀機自行保存會員與會員方案。</translation>
    </message>
    <message>
        <source>joined till (program and catalog from head office)</source>
        <translation>加盟收銀機（會員方案與商品目錄來自總部）</translation>
    </message>
    <message>
        <source>head office (authors the program and catalog)</source>
        <translation>總部（編輯會員方案與商品目錄）</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>已註冊</translation>
    </message>
    <message>
        <source>Terminal {terminal} at {url}, {role}.</source>
        <translation>收銀機 {terminal}，伺服器 {url}，{role}。</translation>
    </message>
    <message>
        <source>Last sync {ago}; {waiting} changes unsent.</source>
        <translation>上次同步：{ago}；{waiting} 筆變更尚未送出。</translation>
    </message>
    <message>
        <source>The chain disconnected this till: register it again with a new enrolment code.</source>
        <translation>連鎖已中斷本收銀機的連線：請以新的註冊碼重新註冊。</translation>
    </message>
    <message>
        <source>Last attempt failed: {error}</source>
        <translation>上次嘗試失敗：{error}</translation>
    </message>
    <message>
        <source>Counts as offline (no sync for {minutes} min): the offline redemption cap applies.</source>
        <translation>視為離線（已 {minutes} 分鐘未同步）：套用離線兌換上限。</translation>
    </message>
    <message>
        <source>never</source>
        <translation>從未</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>剛剛</translation>
    </message>
    <message>
        <source>{minutes} min ago</source>
        <translation>{minutes} 分鐘前</translation>
    </message>
    <message>
        <source>{hours} h ago</source>
        <translation>{hours} 小時前</translation>
    </message>
    <message>
        <source>{days} days ago</source>
        <translation>{days} 天前</translation>
    </message>
    <message>
        <source>{minutes} min slow</source>
        <translation>慢 {minutes} 分鐘</translation>
    </message>
    <message>
        <source>{minutes} min fast</source>
        <translation>快 {minutes} 分鐘</translation>
    </message>
    <message>
        <source>{hours} h slow</source>
        <translation>慢 {hours} 小時</translation>
    </message>
    <message>
        <source>{hours} h fast</source>
        <translation>快 {hours} 小時</translation>
    </message>
    <message>
        <source>active</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>erased</source>
        <translation>已清除</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>已合併</translation>
    </message>
    <message>
        <source>per point</source>
        <translation>每點</translation>
    </message>
    <message>
        <source>per {per:,} points</source>
        <translation>每 {per:,} 點</translation>
    </message>
    <message>
        <source>{value} {basis}</source>
        <translation>{value} {basis}</translation>
    </message>
    <message>
        <source>Points for an action would be saved: not in training mode (Ctrl+Shift+T leaves it).</source>
        <translation>動作點數會被儲存：練習模式中不可使用（按 Ctrl+Shift+T 離開）。</translation>
    </message>
    <message>
        <source>{action}: +{points} points. New balance {balance}.</source>
        <translation>{action}：+{points} 點。新餘額 {balance}。</translation>
    </message>
    <message>
        <source>Training mode sells no paid membership.</source>
        <translation>練習模式不販售付費會員資格。</translation>
    </message>
    <message>
        <source>A paid membership is sold between sales: identify the member with an empty basket, then press Ctrl+M.</source>
        <translation>付費會員資格須在交易之間販售：在購物內容為空時辨識會員，再按 Ctrl+M。</translation>
    </message>
    <message>
        <source>{name} until {day}: take {fee} on the shop&apos;s register.</source>
        <translation>{name} 至 {day}：請在店內收銀機收取 {fee}。</translation>
    </message>
    <message>
        <source>Gift card sale — key {amount} into the register · slip {number}</source>
        <translation>禮物卡銷售——請在收銀機輸入 {amount} · 單據 {number}</translation>
    </message>
    <message>
        <source>Donation slip {number}: no money to take</source>
        <translation>捐贈單據 {number}：不收取款項</translation>
    </message>
    <message>
        <source>Happy birthday! +{points} points with this sale ({campaign})</source>
        <translation>生日快樂！本筆交易 +{points} 點（{campaign}）</translation>
    </message>
    <message>
        <source>Welcome back! +{points} points with this sale ({campaign})</source>
        <translation>歡迎回來！本筆交易 +{points} 點（{campaign}）</translation>
    </message>
    <message>
        <source>First purchase after a friend&apos;s referral: +{points} points ({campaign})</source>
        <translation>朋友推薦後的首次消費：+{points} 點（{campaign}）</translation>
    </message>
    <message>
        <source>The friend who referred them gets {points} points too</source>
        <translation>推薦的朋友也獲得 {points} 點</translation>
    </message>
    <message>
        <source>Only members in this segment get the campaign (define segments with Ctrl+G)</source>
        <translation>只有此客群的會員能參加活動（以 Ctrl+G 設定客群）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>A control group of this share of members never gets the campaign, so the A/B report can show what it changed</source>
        <translation>此比例的會員組成對照組，永遠不參加活動，讓 A/B 報表能顯示活動帶來的改變</translation>
    </message>
    <message>
        <source>Every member</source>
        <translation>所有會員</translation>
    </message>
    <message>
        <source>Joining</source>
        <translation>入會</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>推薦</translation>
    </message>
    <message>
        <source>Welcome back</source>
        <translation>歡迎回來</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>評論</translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation>電子報</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>問卷</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>活動參加</translation>
    </message>
    <message>
        <source>Social post</source>
        <translation>社群貼文</translation>
    </message>
    <message>
        <source>e.g. Cinema 2-for-1</source>
        <translation>例如：電影票買一送一</translation>
    </message>
    <message>
        <source>Partner&apos;s &amp;offer</source>
        <translation>合作夥伴優待(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Winners</source>
        <translation>得獎人數(&amp;W)</translation>
    </message>
    <message>
        <source>reward id: weight, e.g. free-coffee: 3, nok20: 1</source>
        <translation>獎勵代號：權重，例如 free-coffee: 3, nok20: 1</translation>
    </message>
    <message>
        <source>Dra&amp;ws from</source>
        <translation>抽選範圍(&amp;W)</translation>
    </message>
    <message>
        <source>Add an amount-off, percent-off or free-product reward first (it may be switched off).</source>
        <translation>請先新增折抵金額、折扣比例或免費商品的獎勵（可設為停用）。</translation>
    </message>
    <message>
        <source>Can draw: {rewards}</source>
        <translation>可抽出：{rewards}</translation>
    </message>
</context>
<context>
    <name>AboutBox</name>
    <message>
        <source>About loyalty-pos</source>
        <translation>關於 loyalty-pos</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>（不明）</translation>
    </message>
    <message>
        <source>&lt;b&gt;loyalty-pos&lt;/b&gt; {version}</source>
        <translation>&lt;b&gt;loyalty-pos&lt;/b&gt; {version}</translation>
    </message>
    <message>
        <source>Offline-first point-of-sale loyalty terminal. Apache License 2.0.</source>
        <translation>離線優先的收銀會員集點終端。Apache License 2.0 授權。</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Data directory</source>
        <translation>資料目錄</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>記錄檔</translation>
    </message>
    <message>
        <source>Card key fingerprint</source>
        <translation>卡片金鑰指紋</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>複製詳細資料(&amp;C)</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
</context>
<context>
    <name>ActionLimitFields</name>
    <message>
        <source>No limit</source>
        <translation>不限次數</translation>
    </message>
    <message>
        <source> times</source>
        <translation> 次</translation>
    </message>
    <message>
        <source>Times per member</source>
        <translation>每位會員次數</translation>
    </message>
    <message>
        <source>Limit period</source>
        <translation>限制期間</translation>
    </message>
    <message>
        <source>ever</source>
        <translation>總共</translation>
    </message>
    <message>
        <source>a day</source>
        <translation>每天</translation>
    </message>
    <message>
        <source>a week</source>
        <translation>每週</translation>
    </message>
    <message>
        <source>a month</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>a year</source>
        <translation>每年</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Days without a visit</source>
        <translation>未光顧天數</translation>
    </message>
    <message>
        <source>Times per &amp;member</source>
        <translation>每位會員次數(&amp;M)</translation>
    </message>
    <message>
        <source>Limit &amp;per</source>
        <translation>限制期間(&amp;P)</translation>
    </message>
    <message>
        <source>After &amp;days away</source>
        <translation>未光顧天數(&amp;D)</translation>
    </message>
    <message>
        <source>Birthday (at a visit in the birthday month)</source>
        <translation>生日（生日當月光顧時）</translation>
    </message>
    <message>
        <source>Referral (both at the friend&apos;s first purchase)</source>
        <translation>推薦（朋友首次消費時雙方皆得）</translation>
    </message>
    <message>
        <source>Welcome back (first visit after days away)</source>
        <translation>歡迎回來（久未光顧後的首次光顧）</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>評論</translation>
    </message>
    <message>
        <source>Newsletter sign-up</source>
        <translation>訂閱電子報</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>問卷</translation>
    </message>
    <message>
        <source>Event attended</source>
        <translation>參加活動</translation>
    </message>
    <message>
        <source>Social media post</source>
        <translation>社群媒體貼文</translation>
    </message>
</context>
<context>
    <name>AdjustDialog</name>
    <message>
        <source>Adjust points of {name}</source>
        <translation>調整 {name} 的點數</translation>
    </message>
    <message>
        <source>{name} has {points:,} points. Type +250 to add or -250 to take away; the reason is shown on the member&apos;s statement and in the audit log.</source>
        <translation>{name} 目前有 {points:,} 點。輸入 +250 增加點數，輸入 -250 扣除點數；原因會顯示在會員的點數明細與稽核紀錄中。</translation>
    </message>
    <message>
        <source>Adjust</source>
        <translation>調整</translation>
    </message>
    <message>
        <source>e.g. +250 or -250</source>
        <translation>例如 +250 或 -250</translation>
    </message>
    <message>
        <source>e.g. receipt lost, points not earned on R01-000123</source>
        <translation>例如：收據遺失、R01-000123 未累積點數</translation>
    </message>
    <message>
        <source>&amp;Points</source>
        <translation>點數(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <source>Type the points to add (+250) or take away (-250).</source>
        <translation>輸入要增加 (+250) 或扣除 (-250) 的點數。</translation>
    </message>
    <message>
        <source>Say why: an adjustment needs a reason.</source>
        <translation>請說明原因：調整點數必須填寫原因。</translation>
    </message>
    <message>
        <source>adjusting {name}&apos;s points by {points:+,}</source>
        <translation>調整 {name} 的點數 {points:+,}</translation>
    </message>
</context>
<context>
    <name>AmountScreen</name>
    <message>
        <source>&amp;Amount</source>
        <translation>金額(&amp;A)</translation>
    </message>
    <message>
        <source>Ca&amp;tegory</source>
        <translation>類別(&amp;T)</translation>
    </message>
    <message>
        <source>Register &amp;receipt no.</source>
        <translation>收銀機收據號碼(&amp;R)</translation>
    </message>
    <message>
        <source>Welcome back: your parked sale is restored.</source>
        <translation>歡迎回來：您暫存的交易已恢復。</translation>
    </message>
    <message>
        <source>&amp;Amount ({currency})</source>
        <translation>金額 ({currency})(&amp;A)</translation>
    </message>
    <message>
        <source>Type the register&apos;s total, then Enter for the practice slip: nothing is recorded.</source>
        <translation>輸入收銀機上的總額，按 Enter 列印練習單：不會記錄任何資料。</translation>
    </message>
    <message>
        <source>Type the register&apos;s total, then Enter to record the sale for points.</source>
        <translation>輸入收銀機上的總額，按 Enter 記錄這筆交易並累積點數。</translation>
    </message>
    <message>
        <source>{name}&apos;s membership is {status}: no points on this sale.</source>
        <translation>{name} 的會員資格為{status}：此筆交易不累積點數。</translation>
    </message>
    <message>
        <source>Member: {name}</source>
        <translation>會員：{name}</translation>
    </message>
    <message>
        <source>This till records amounts: ring {name} up on the cash register.</source>
        <translation>此收銀機只記錄金額：請在收銀機上為 {name} 結帳。</translation>
    </message>
    <message>
        <source>Not redeemed: {reason}</source>
        <translation>未兌換：{reason}</translation>
    </message>
    <message>
        <source>Earns {points} points</source>
        <translation>可得 {points} 點</translation>
    </message>
    <message>
        <source>Key a discount of {amount} into the register</source>
        <translation>請在收銀機輸入折扣 {amount}</translation>
    </message>
    <message>
        <source>Type the amount the register charged.</source>
        <translation>輸入收銀機收取的金額。</translation>
    </message>
    <message>
        <source>Recording the sale…</source>
        <translation>正在記錄交易…</translation>
    </message>
    <message>
        <source>Recorded: {points} points earned. P prints the loyalty slip.</source>
        <translation>已記錄：獲得 {points} 點。按 P 列印集點單。</translation>
    </message>
    <message>
        <source>Training sale: nothing was recorded. P prints the slip marked TRAINING.</source>
        <translation>練習交易：未記錄任何資料。按 P 列印標示「練習」的單據。</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Manager approval</source>
        <translation>主管核准</translation>
    </message>
    <message>
        <source>Manager approval needed for {what}</source>
        <translation>{what}需要主管核准</translation>
    </message>
    <message>
        <source>Asked by {user}. A manager types their PIN, then presses Enter.</source>
        <translation>由 {user} 提出。請主管輸入 PIN 碼後按 Enter。</translation>
    </message>
    <message>
        <source>Manager PIN</source>
        <translation>主管 PIN 碼</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>核准</translation>
    </message>
    <message>
        <source>Type the manager&apos;s PIN first.</source>
        <translation>請先輸入主管的 PIN 碼。</translation>
    </message>
</context>
<context>
    <name>AttentionDialog</name>
    <message>
        <source>Needs attention</source>
        <translation>需要處理</translation>
    </message>
    <message>
        <source>What the shop&apos;s tills did twice while they were offline, found after they synced. Nothing here is corrected on its own: open the member to adjust their points, or merge a member enrolled twice.</source>
        <translation>各收銀機離線時重複處理的事項，於同步後發現。這裡的項目不會自動更正：請開啟會員調整點數，或合併重複入會的會員。</translation>
    </message>
    <message>
        <source>Open member</source>
        <translation>開啟會員</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>會員</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>發生經過</translation>
    </message>
    <message>
        <source>Merge into the first enrolled</source>
        <translation>合併至最早入會者</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Balance below zero</source>
        <translation>餘額低於零</translation>
    </message>
    <message>
        <source>{points:,} points: offline tills together let them spend more than they had.</source>
        <translation>{points:,} 點：多台離線收銀機合計讓會員用掉超過其擁有的點數。</translation>
    </message>
    <message>
        <source>Enrolled twice</source>
        <translation>重複入會</translation>
    </message>
    <message>
        <source>Phone {phone} is also enrolled as: {others}; Ctrl+M merges into this member (enrolled first).</source>
        <translation>電話 {phone} 也以下列身分入會：{others}；按 Ctrl+M 合併至此會員（最早入會）。</translation>
    </message>
    <message>
        <source>Returned twice</source>
        <translation>重複退貨</translation>
    </message>
    <message>
        <source>(no member)</source>
        <translation>（無會員）</translation>
    </message>
    <message>
        <source>{name} on receipt {receipt}: {returned} of {sold} taken back at two offline tills; both refunds were paid.</source>
        <translation>收據 {receipt} 上的 {name}：{sold} 件中有 {returned} 件在兩台離線收銀機退貨；兩筆退款均已支付。</translation>
    </message>
    <message>
        <source>{n} to look at. Up and Down choose; Enter opens the member.</source>
        <translation>共 {n} 項待查看。以上下鍵選擇；按 Enter 開啟會員。</translation>
    </message>
    <message>
        <source>Nothing needs attention: no balance below zero, no phone enrolled twice and no sale returned twice.</source>
        <translation>沒有需要處理的事項：沒有低於零的餘額、沒有重複入會的電話，也沒有重複退貨的交易。</translation>
    </message>
    <message>
        <source>Merged {n} record(s): {points:,} points moved. </source>
        <translation>已合併 {n} 筆資料：移轉 {points:,} 點。</translation>
    </message>
</context>
<context>
    <name>AuditActions</name>
    <message>
        <source>member enrolled</source>
        <translation>會員入會</translation>
    </message>
    <message>
        <source>member updated</source>
        <translation>會員資料已修改</translation>
    </message>
    <message>
        <source>members merged</source>
        <translation>會員已合併</translation>
    </message>
    <message>
        <source>tier changed</source>
        <translation>等級變更</translation>
    </message>
    <message>
        <source>consent changed</source>
        <translation>同意事項變更</translation>
    </message>
    <message>
        <source>member erased</source>
        <translation>會員已清除</translation>
    </message>
    <message>
        <source>member data exported</source>
        <translation>會員資料已匯出</translation>
    </message>
    <message>
        <source>card issued</source>
        <translation>會員卡已發行</translation>
    </message>
    <message>
        <source>card blocked</source>
        <translation>會員卡已停用</translation>
    </message>
    <message>
        <source>cards printed</source>
        <translation>會員卡已列印</translation>
    </message>
    <message>
        <source>card key replaced</source>
        <translation>會員卡金鑰已更換</translation>
    </message>
    <message>
        <source>card key rotated</source>
        <translation>會員卡金鑰已輪替</translation>
    </message>
    <message>
        <source>card key imported</source>
        <translation>會員卡金鑰已匯入</translation>
    </message>
    <message>
        <source>card key ring updated from head office</source>
        <translation>已由總部更新會員卡金鑰組</translation>
    </message>
    <message>
        <source>card key ring from head office refused</source>
        <translation>已拒絕總部的會員卡金鑰組</translation>
    </message>
    <message>
        <source>points adjusted</source>
        <translation>點數已調整</translation>
    </message>
    <message>
        <source>points transferred</source>
        <translation>點數已轉移</translation>
    </message>
    <message>
        <source>points expired</source>
        <translation>點數已到期</translation>
    </message>
    <message>
        <source>ledger entry</source>
        <translation>點數帳目</translation>
    </message>
    <message>
        <source>balance flagged</source>
        <translation>餘額已標記</translation>
    </message>
    <message>
        <source>sale committed</source>
        <translation>交易已完成</translation>
    </message>
    <message>
        <source>return processed</source>
        <translation>退貨已處理</translation>
    </message>
    <message>
        <source>product saved</source>
        <translation>商品已儲存</translation>
    </message>
    <message>
        <source>product deactivated</source>
        <translation>商品已停用</translation>
    </message>
    <message>
        <source>products imported</source>
        <translation>商品已匯入</translation>
    </message>
    <message>
        <source>category added</source>
        <translation>類別已新增</translation>
    </message>
    <message>
        <source>category removed</source>
        <translation>類別已移除</translation>
    </message>
    <message>
        <source>reward saved</source>
        <translation>獎勵已儲存</translation>
    </message>
    <message>
        <source>reward retired</source>
        <translation>獎勵已停止提供</translation>
    </message>
    <message>
        <source>campaign saved</source>
        <translation>活動已儲存</translation>
    </message>
    <message>
        <source>campaign ended</source>
        <translation>活動已結束</translation>
    </message>
    <message>
        <source>campaign removed</source>
        <translation>活動已移除</translation>
    </message>
    <message>
        <source>program earning saved</source>
        <translation>集點規則已儲存</translation>
    </message>
    <message>
        <source>program tiers saved</source>
        <translation>等級已儲存</translation>
    </message>
    <message>
        <source>program price rules saved</source>
        <translation>已儲存方案價格規則</translation>
    </message>
    <message>
        <source>program expiry saved</source>
        <translation>到期規則已儲存</translation>
    </message>
    <message>
        <source>program limits saved</source>
        <translation>方案限制已儲存</translation>
    </message>
    <message>
        <source>staff linked to member</source>
        <translation>員工已連結會員</translation>
    </message>
    <message>
        <source>program draft saved</source>
        <translation>方案草稿已儲存</translation>
    </message>
    <message>
        <source>program draft discarded</source>
        <translation>方案草稿已捨棄</translation>
    </message>
    <message>
        <source>program published</source>
        <translation>會員方案已發布</translation>
    </message>
    <message>
        <source>staff created</source>
        <translation>員工已建立</translation>
    </message>
    <message>
        <source>staff activated</source>
        <translation>員工已啟用</translation>
    </message>
    <message>
        <source>staff deactivated</source>
        <translation>員工已停用</translation>
    </message>
    <message>
        <source>staff unlocked</source>
        <translation>員工已解除鎖定</translation>
    </message>
    <message>
        <source>pin reset</source>
        <translation>PIN 碼已重設</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>已登入</translation>
    </message>
    <message>
        <source>sign in failed</source>
        <translation>登入失敗</translation>
    </message>
    <message>
        <source>approval given</source>
        <translation>已核准</translation>
    </message>
    <message>
        <source>approval failed</source>
        <translation>核准失敗</translation>
    </message>
    <message>
        <source>approval issued</source>
        <translation>核准已發出</translation>
    </message>
    <message>
        <source>settings changed</source>
        <translation>設定已變更</translation>
    </message>
    <message>
        <source>currency changed</source>
        <translation>幣別已變更</translation>
    </message>
    <message>
        <source>shop created</source>
        <translation>門市已建立</translation>
    </message>
    <message>
        <source>recovery failed</source>
        <translation>復原失敗</translation>
    </message>
    <message>
        <source>access recovered</source>
        <translation>存取權已復原</translation>
    </message>
    <message>
        <source>chain started</source>
        <translation>稽核鏈已開始</translation>
    </message>
    <message>
        <source>chain restored</source>
        <translation>稽核鏈已還原</translation>
    </message>
    <message>
        <source>head office&apos;s shop applied</source>
        <translation>已套用總部的商店資料</translation>
    </message>
    <message>
        <source>member action recorded</source>
        <translation>已記錄會員動作</translation>
    </message>
    <message>
        <source>member referred by a friend</source>
        <translation>會員由朋友推薦</translation>
    </message>
    <message>
        <source>partner codes imported</source>
        <translation>已匯入合作夥伴代碼</translation>
    </message>
    <message>
        <source>giveaway seed committed</source>
        <translation>已鎖定抽獎種子</translation>
    </message>
    <message>
        <source>giveaway drawn</source>
        <translation>已抽獎</translation>
    </message>
    <message>
        <source>badge earned</source>
        <translation>獲得徽章</translation>
    </message>
    <message>
        <source>paid membership sold</source>
        <translation>售出付費會員資格</translation>
    </message>
    <message>
        <source>segment saved</source>
        <translation>客群已儲存</translation>
    </message>
    <message>
        <source>segment removed</source>
        <translation>客群已移除</translation>
    </message>
    <message>
        <source>gift card money moved</source>
        <translation>禮物卡金額異動</translation>
    </message>
    <message>
        <source>points given to charity</source>
        <translation>點數捐給慈善機構</translation>
    </message>
</context>
<context>
    <name>AuditFilters</name>
    <message>
        <source>Person</source>
        <translation>人員</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>動作</translation>
    </message>
    <message>
        <source>From day</source>
        <translation>起始日</translation>
    </message>
    <message>
        <source>To day</source>
        <translation>結束日</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>關鍵字</translation>
    </message>
    <message>
        <source>member, receipt, user…</source>
        <translation>會員、收據、使用者…</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>所有動作</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>人員(&amp;P)</translation>
    </message>
    <message>
        <source>A&amp;ction</source>
        <translation>動作(&amp;C)</translation>
    </message>
    <message>
        <source>F&amp;rom</source>
        <translation>起(&amp;R)</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>迄(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Key (Ctrl+F)</source>
        <translation>關鍵字(&amp;K) (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人員</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>動作</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>關鍵字</translation>
    </message>
</context>
<context>
    <name>AuditSection</name>
    <message>
        <source>Audit log</source>
        <translation>稽核紀錄</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>稽核項目</translation>
    </message>
    <message>
        <source>Selected entry</source>
        <translation>已選項目</translation>
    </message>
    <message>
        <source>Choose an entry (↑↓) to read everything it recorded.</source>
        <translation>選擇一個項目 (↑↓) 以查看其完整紀錄。</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除篩選</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>載入更多</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>搜尋中…</translation>
    </message>
    <message>
        <source>Loading more…</source>
        <translation>正在載入更多…</translation>
    </message>
    <message>
        <source>No entries match these filters.</source>
        <translation>沒有符合篩選條件的項目。</translation>
    </message>
    <message>
        <source>Newest {count} entries shown; more are older (Ctrl+L).</source>
        <translation>顯示最新 {count} 筆；還有更早的項目 (Ctrl+L)。</translation>
    </message>
    <message>
        <source>The only matching entry is shown.</source>
        <translation>顯示唯一符合的項目。</translation>
    </message>
    <message>
        <source>All {count} matching entries shown.</source>
        <translation>已顯示全部 {count} 筆符合的項目。</translation>
    </message>
    <message>
        <source>Entry {seq} · {when}</source>
        <translation>第 {seq} 筆 · {when}</translation>
    </message>
    <message>
        <source>Person: {actor}</source>
        <translation>人員：{actor}</translation>
    </message>
    <message>
        <source>Action: {action}</source>
        <translation>動作：{action}</translation>
    </message>
    <message>
        <source>Hash: {hash}</source>
        <translation>雜湊值：{hash}</translation>
    </message>
    <message>
        <source>Follows: {hash}</source>
        <translation>接續：{hash}</translation>
    </message>
</context>
<context>
    <name>AuthoredElsewhere</name>
    <message>
        <source>Authored at head office: read-only on this till</source>
        <translation>由總部編輯：本收銀機僅供檢視</translation>
    </message>
    <message>
        <source>This till belongs to a chain. The program and the catalog are edited on the head office till (Back office &gt; Products, Rewards, Earning rules &amp; tiers, Campaigns, then Simulate &amp; publish) and arrive here with the next sync.</source>
        <translation>本收銀機屬於連鎖。會員方案與商品目錄在總部的收銀機上編輯（後台管理 &gt; 商品、獎勵、集點規則與等級、活動，再到模擬與發布），於下次同步時送達此處。</translation>
    </message>
</context>
<context>
    <name>BackOffice</name>
    <message>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>獎勵</translation>
    </message>
    <message>
        <source>Earning rules &amp; tiers</source>
        <translation>集點規則與等級</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>活動</translation>
    </message>
    <message>
        <source>Simulate &amp; publish</source>
        <translation>模擬與發布</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>會員</translation>
    </message>
    <message>
        <source>Print cards</source>
        <translation>列印會員卡</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>報表</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>員工</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>稽核紀錄</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
</context>
<context>
    <name>BackOfficeWindow</name>
    <message>
        <source>Back office — {manager}</source>
        <translation>後台管理 — {manager}</translation>
    </message>
    <message>
        <source>Back office</source>
        <translation>後台管理</translation>
    </message>
    <message>
        <source>Signed in: {manager} (manager)</source>
        <translation>已登入：{manager}（主管）</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Back to the till</source>
        <translation>返回收銀畫面</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>區塊</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>變更尚未儲存</translation>
    </message>
    <message>
        <source>This section has changes that are not saved. Leave it and lose them?</source>
        <translation>此區塊有尚未儲存的變更。要離開並放棄這些變更嗎？</translation>
    </message>
</context>
<context>
    <name>BadgesTab</name>
    <message>
        <source>Badges</source>
        <translation>徽章</translation>
    </message>
    <message>
        <source>Members holding each badge today, and the badges awarded in the range.</source>
        <translation>今日持有各徽章的會員數，以及區間內頒發的徽章。</translation>
    </message>
    <message>
        <source>Holders</source>
        <translation>持有人</translation>
    </message>
    <message>
        <source>Awarded in the range</source>
        <translation>區間內頒發</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>徽章</translation>
    </message>
</context>
<context>
    <name>BasketModel</name>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>數量</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>價格</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>小計</translation>
    </message>
    <message>
        <source>Vol. {percent} %</source>
        <translation>量購 {percent} %</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>會員</translation>
    </message>
</context>
<context>
    <name>BasketView</name>
    <message>
        <source>Basket</source>
        <translation>購物籃</translation>
    </message>
    <message>
        <source>The sale&apos;s lines; + and - change the quantity, Delete removes a line</source>
        <translation>本筆交易的品項；按 + 與 - 變更數量，按 Delete 移除品項</translation>
    </message>
</context>
<context>
    <name>BlockCardDialog</name>
    <message>
        <source>Block a card of {name}</source>
        <translation>停用 {name} 的會員卡</translation>
    </message>
    <message>
        <source>A blocked card is refused at the till from the next scan on. Re-issue a card (Ctrl+Shift+I) so the member can keep collecting.</source>
        <translation>停用的會員卡從下次掃描起就無法在收銀台使用。請補發新卡 (Ctrl+Shift+I)，讓會員可以繼續集點。</translation>
    </message>
    <message>
        <source>Block card</source>
        <translation>停用會員卡</translation>
    </message>
    <message>
        <source>e.g. lost, stolen, damaged</source>
        <translation>例如：遺失、遭竊、損壞</translation>
    </message>
    <message>
        <source>&amp;Card</source>
        <translation>會員卡(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <source>Say why the card is blocked.</source>
        <translation>請說明停用會員卡的原因。</translation>
    </message>
</context>
<context>
    <name>CampaignForm</name>
    <message>
        <source>Points multiplier</source>
        <translation>點數倍率</translation>
    </message>
    <message>
        <source>Bonus on a big basket</source>
        <translation>大額消費加贈</translation>
    </message>
    <message>
        <source>Instant win (1 in N sales)</source>
        <translation>即時中獎（每 N 筆交易中 1 筆）</translation>
    </message>
    <message>
        <source>Bonus for an action</source>
        <translation>特定行動加贈</translation>
    </message>
    <message>
        <source>None ticked: the whole basket</source>
        <translation>未勾選：整筆購物</translation>
    </message>
    <message>
        <source> points</source>
        <translation> 點</translation>
    </message>
    <message>
        <source>1 in </source>
        <translation>每幾筆中 1 筆： </translation>
    </message>
    <message>
        <source>every </source>
        <translation>每 </translation>
    </message>
    <message>
        <source>by the odds</source>
        <translation>依機率</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名稱(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>類型(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;First day</source>
        <translation>第一天(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Last day</source>
        <translation>最後一天(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Multiplier</source>
        <translation>倍率(&amp;M)</translation>
    </message>
    <message>
        <source>On cate&amp;gories</source>
        <translation>適用類別(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Bonus</source>
        <translation>加贈(&amp;B)</translation>
    </message>
    <message>
        <source>Minimum &amp;spend</source>
        <translation>最低消費(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Odds</source>
        <translation>機率(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>行動(&amp;A)</translation>
    </message>
    <message>
        <source>For &amp;tier</source>
        <translation>適用等級(&amp;T)</translation>
    </message>
    <message>
        <source>Or &amp;every Nth sale</source>
        <translation>或每第 N 筆交易(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Prize</source>
        <translation>獎品(&amp;P)</translation>
    </message>
    <message>
        <source>For s&amp;egment</source>
        <translation>適用客群(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Hold out</source>
        <translation>保留對照組(&amp;H)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時段</translation>
    </message>
    <message>
        <source>Bonus points only</source>
        <translation>僅加贈點數</translation>
    </message>
    <message>
        <source>Every member</source>
        <translation>所有會員</translation>
    </message>
    <message>
        <source>{tier} and above</source>
        <translation>{tier}以上</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>新增活動</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>編輯 {name}</translation>
    </message>
    <message>
        <source>Joining the programme (enrolment)</source>
        <translation>加入會員方案（入會）</translation>
    </message>
    <message>
        <source>{action} (not awarded by the till)</source>
        <translation>{action}（非由收銀台發放）</translation>
    </message>
</context>
<context>
    <name>CampaignLiftTab</name>
    <message>
        <source>Member sales and members who bought on each campaign&apos;s days, beside the same number of days just before it started. A change hints at the campaign&apos;s effect; the A/B tab measures it.</source>
        <translation>各活動期間的會員交易數與消費會員數，對照活動開始前相同天數的數字。變化只是活動效果的線索；A/B 分頁才是實際衡量。</translation>
    </message>
    <message>
        <source>Member sales before and during each campaign</source>
        <translation>各活動之前與期間的會員交易數</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <source>During</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>活動</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>點數</translation>
    </message>
    <message>
        <source>Sales before</source>
        <translation>之前交易數</translation>
    </message>
    <message>
        <source>Sales during</source>
        <translation>期間交易數</translation>
    </message>
    <message>
        <source>Sales change</source>
        <translation>交易數變化</translation>
    </message>
    <message>
        <source>Members before</source>
        <translation>之前會員數</translation>
    </message>
    <message>
        <source>Members during</source>
        <translation>期間會員數</translation>
    </message>
    <message>
        <source>Members change</source>
        <translation>會員數變化</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>日期</translation>
    </message>
</context>
<context>
    <name>CampaignsSection</name>
    <message>
        <source>Campaigns</source>
        <translation>活動</translation>
    </message>
    <message>
        <source>Changes are saved to the draft; the till uses them once the draft is published (Simulate &amp; publish).</source>
        <translation>變更會存入草稿；草稿發布後收銀台才會套用（模擬與發布）。</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>活動</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>新增活動</translation>
    </message>
    <message>
        <source>End campaign</source>
        <translation>結束活動</translation>
    </message>
    <message>
        <source>Save to draft</source>
        <translation>儲存至草稿</translation>
    </message>
    <message>
        <source>Segments…</source>
        <translation>客群…</translation>
    </message>
    <message>
        <source>running</source>
        <translation>進行中</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>已結束</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>已排定</translation>
    </message>
    <message>
        <source>{status} · new in draft</source>
        <translation>{status} · 草稿中新增</translation>
    </message>
    <message>
        <source>{status} · changed in draft</source>
        <translation>{status} · 草稿中已變更</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>變更尚未儲存</translation>
    </message>
    <message>
        <source>The campaign you are editing has unsaved changes. Discard them?</source>
        <translation>您正在編輯的活動有尚未儲存的變更。要放棄嗎？</translation>
    </message>
    <message>
        <source>{name} saved to the draft.</source>
        <translation>{name} 已存入草稿。</translation>
    </message>
    <message>
        <source>Not saved: fix the fields marked in red.</source>
        <translation>未儲存：請修正標示為紅色的欄位。</translation>
    </message>
    <message>
        <source>{name} has not started: take it out of the draft?</source>
        <translation>{name} 尚未開始：要從草稿中移除嗎？</translation>
    </message>
    <message>
        <source>End {name} now? Sales from now on no longer get it, once the draft is published.</source>
        <translation>現在結束 {name}？草稿發布後，之後的交易將不再適用。</translation>
    </message>
    <message>
        <source>{name} taken out of the draft.</source>
        <translation>{name} 已從草稿中移除。</translation>
    </message>
    <message>
        <source>{name} ends now (in the draft).</source>
        <translation>{name} 即刻結束（於草稿中）。</translation>
    </message>
</context>
<context>
    <name>CampaignsTab</name>
    <message>
        <source>Over the days each ran in the range. Its sales&apos; average basket beside the other member sales of those days hints at extra spend, without proving it.</source>
        <translation>依各活動在此期間內進行的日子計算。其交易的平均客單價與同日其他會員交易相比，可看出是否帶來額外消費，但無法證明。</translation>
    </message>
    <message>
        <source>Points given per campaign</source>
        <translation>各活動發放的點數</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>活動</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>點數</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>交易數</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>會員</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>消費額</translation>
    </message>
    <message>
        <source>Avg basket</source>
        <translation>平均客單價</translation>
    </message>
    <message>
        <source>Others&apos; basket</source>
        <translation>其他客單價</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>日期</translation>
    </message>
</context>
<context>
    <name>CardsSection</name>
    <message>
        <source>Print member cards</source>
        <translation>列印會員卡</translation>
    </message>
    <message>
        <source>Cards of new members wait in the print queue until a sheet of them is saved; blank pre-numbered cards are handed out at enrolment.</source>
        <translation>新會員的會員卡會在列印佇列中等候，直到存成一張卡片頁；入會時發放的是預先編號的空白卡。</translation>
    </message>
    <message>
        <source>&amp;Cards waiting to be printed</source>
        <translation>等候列印的會員卡(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Blank numbered cards</source>
        <translation>預先編號的空白卡(&amp;B)</translation>
    </message>
    <message>
        <source>Press F5 to see the sheet before printing.</source>
        <translation>按 F5 在列印前預覽卡片頁。</translation>
    </message>
    <message>
        <source>F5
Preview</source>
        <translation>F5
預覽</translation>
    </message>
    <message>
        <source>F9
Save PDF to print</source>
        <translation>F9
儲存 PDF 以供列印</translation>
    </message>
    <message>
        <source>&amp;How many</source>
        <translation>數量(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>紙張(&amp;P)</translation>
    </message>
    <message>
        <source>Save &amp;to</source>
        <translation>儲存至(&amp;T)</translation>
    </message>
    <message>
        <source>Preparing the sheet…</source>
        <translation>正在準備卡片頁…</translation>
    </message>
    <message>
        <source>Preparing the sheet… page {done} of {total}</source>
        <translation>正在準備卡片頁… 第 {done} 頁，共 {total} 頁</translation>
    </message>
    <message>
        <source>Nothing to print: every active member card has been printed already.</source>
        <translation>沒有需要列印的：所有有效會員卡都已列印。</translation>
    </message>
    <message>
        <source>{cards} card(s) on {pages} page(s). Print at 100 % (actual size).</source>
        <translation>{cards} 張卡，共 {pages} 頁。請以 100 %（實際大小）列印。</translation>
    </message>
    <message>
        <source>The choice changed; press F5 for a new preview.</source>
        <translation>選項已變更；按 F5 重新預覽。</translation>
    </message>
    <message>
        <source>Preview the sheet first (F5).</source>
        <translation>請先預覽卡片頁 (F5)。</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>已儲存至 {path}。</translation>
    </message>
</context>
<context>
    <name>CardsTable</name>
    <message>
        <source>Card</source>
        <translation>會員卡</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>已列印</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>發卡日</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>尚未</translation>
    </message>
    <message>
        <source>works</source>
        <translation>可用</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>已更換</translation>
    </message>
</context>
<context>
    <name>CatalogProductsModel</name>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>價格</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>未啟用</translation>
    </message>
</context>
<context>
    <name>CategoriesPanel</name>
    <message>
        <source>A category is only a name, so it is not renamed: add the new name, move the products, then remove the old one. One still in use is never removed.</source>
        <translation>類別只是一個名稱，因此不能改名：請新增名稱、移動商品，再刪除舊類別。仍在使用中的類別不會被刪除。</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>New category name</source>
        <translation>新類別名稱</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Add category</source>
        <translation>新增類別</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>Remove the chosen category</source>
        <translation>刪除所選類別</translation>
    </message>
    <message>
        <source>{name}  (1 product)</source>
        <translation>{name}  (1 項商品)</translation>
    </message>
    <message>
        <source>{name}  ({count} products)</source>
        <translation>{name}  ({count} 項商品)</translation>
    </message>
    <message>
        <source>Type the new category&apos;s name first.</source>
        <translation>請先輸入新類別的名稱。</translation>
    </message>
    <message>
        <source>Category {name} added.</source>
        <translation>已新增類別 {name}。</translation>
    </message>
    <message>
        <source>Choose the category to remove in the list first.</source>
        <translation>請先在清單中選擇要刪除的類別。</translation>
    </message>
    <message>
        <source>Category {name} removed.</source>
        <translation>已刪除類別 {name}。</translation>
    </message>
</context>
<context>
    <name>ChainBanner</name>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Verify again</source>
        <translation>重新驗證</translation>
    </message>
    <message>
        <source>The audit chain has not been verified yet.</source>
        <translation>稽核鏈尚未驗證。</translation>
    </message>
    <message>
        <source>Verifying the audit chain…</source>
        <translation>正在驗證稽核鏈…</translation>
    </message>
    <message>
        <source>You can read and filter the log meanwhile.</source>
        <translation>您可以同時瀏覽及篩選紀錄。</translation>
    </message>
    <message>
        <source>{checked} of {total} entries</source>
        <translation>{checked} / {total} 筆</translation>
    </message>
    <message>
        <source>✔ Chain intact: {count} entries verified</source>
        <translation>✔ 稽核鏈完整：已驗證 {count} 筆</translation>
    </message>
    <message>
        <source>✖ Chain BROKEN: the audit log was altered after it was written</source>
        <translation>✖ 稽核鏈已損毀：稽核紀錄在寫入後遭到竄改</translation>
    </message>
    <message>
        <source>… and {count} more problem(s).</source>
        <translation>… 還有 {count} 個問題。</translation>
    </message>
    <message>
        <source>The audit chain could not be verified.</source>
        <translation>無法驗證稽核鏈。</translation>
    </message>
</context>
<context>
    <name>ChallengesTab</name>
    <message>
        <source>Challenges</source>
        <translation>挑戰</translation>
    </message>
    <message>
        <source>Completions and their points in the range. Where members stand is as of now, in each challenge&apos;s current period (or run of visits): how many members have 1, 2 … of the target.</source>
        <translation>區間內的完成次數與點數。會員進度以目前為準，依各挑戰的本期（或連續來店）計算：有多少會員達到目標的 1、2 …。</translation>
    </message>
    <message>
        <source>Completions per challenge</source>
        <translation>各挑戰完成次數</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>挑戰</translation>
    </message>
    <message>
        <source>Completions</source>
        <translation>完成次數</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>點數</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>會員</translation>
    </message>
    <message>
        <source>Under way now</source>
        <translation>進行中</translation>
    </message>
    <message>
        <source>Where they stand</source>
        <translation>目前進度</translation>
    </message>
</context>
<context>
    <name>CharitiesTab</name>
    <message>
        <source>{donations:,} donation(s) in the range gave {points:,} points, {money}: what the shop pays the charities, at the rate each had when the points were given.</source>
        <translation>此期間共 {donations:,} 筆捐贈，捐出 {points:,} 點，{money}：本店須支付給慈善機構的金額，依捐贈當時各機構的換算率計算。</translation>
    </message>
    <message>
        <source>No points were given to a charity in the range.</source>
        <translation>此期間沒有點數捐給慈善機構。</translation>
    </message>
    <message>
        <source>Money given per charity</source>
        <translation>各慈善機構獲得的金額</translation>
    </message>
    <message>
        <source>Charity</source>
        <translation>慈善機構</translation>
    </message>
    <message>
        <source>Donations</source>
        <translation>捐贈次數</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>點數</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>金額</translation>
    </message>
</context>
<context>
    <name>ConsentHistory</name>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>同意事項</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>記錄者</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>行銷</translation>
    </message>
    <message>
        <source>Data processing</source>
        <translation>資料處理</translation>
    </message>
    <message>
        <source>enrolment at the till</source>
        <translation>於收銀台入會</translation>
    </message>
    <message>
        <source>changed by the shop</source>
        <translation>由門市變更</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>匯入</translation>
    </message>
    <message>
        <source>asked by the member</source>
        <translation>會員要求</translation>
    </message>
    <message>
        <source>member erased</source>
        <translation>會員已清除</translation>
    </message>
    <message>
        <source>held before consents were recorded</source>
        <translation>於開始記錄同意前即已取得</translation>
    </message>
    <message>
        <source>given</source>
        <translation>已同意</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>已撤回</translation>
    </message>
</context>
<context>
    <name>CountingLines</name>
    <message>
        <source>{name} complete: +{points} with this sale</source>
        <translation>{name} 完成：本次交易 +{points}</translation>
    </message>
    <message>
        <source>{name} {count}/{target}</source>
        <translation>{name} {count}/{target}</translation>
    </message>
    <message>
        <source>New badge: {name}</source>
        <translation>新徽章：{name}</translation>
    </message>
    <message>
        <source>Badges: {names}</source>
        <translation>徽章：{names}</translation>
    </message>
    <message>
        <source>{name} until {day}</source>
        <translation>{name} 至 {day}</translation>
    </message>
</context>
<context>
    <name>CountingPage</name>
    <message>
        <source>Buys per period</source>
        <translation>每期購買</translation>
    </message>
    <message>
        <source>Visits in a row</source>
        <translation>連續來店</translation>
    </message>
    <message>
        <source>week</source>
        <translation>週</translation>
    </message>
    <message>
        <source>month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>來店次數</translation>
    </message>
    <message>
        <source>Categories tried</source>
        <translation>嘗試過的類別</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>計入</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>點數</translation>
    </message>
    <message>
        <source>On</source>
        <translation>啟用</translation>
    </message>
    <message>
        <source>Categories or product codes, separated by commas; empty: every purchase</source>
        <translation>類別或商品代碼，以逗號分隔；留空：所有購買</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>門檻</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等級</translation>
    </message>
    <message>
        <source>Fee ({currency})</source>
        <translation>費用（{currency}）</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>月數</translation>
    </message>
    <message>
        <source>On sale</source>
        <translation>販售中</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>新增一列</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>移除一列</translation>
    </message>
    <message>
        <source>A challenge pays its bonus points once per period (or each time the visits in a row reach the target); badges are awarded once; a paid membership puts the member in its tier and the yearly review leaves them there until it ends. The fee is taken on the shop&apos;s register.</source>
        <translation>挑戰每期發放一次紅利點數（連續來店則每次達到目標時發放）；徽章只頒發一次；付費會員資格讓會員進入該等級，年度審核在到期前不會調整。費用在店內收銀機收取。</translation>
    </message>
    <message>
        <source>&amp;Challenges</source>
        <translation>挑戰(&amp;C)</translation>
    </message>
    <message>
        <source>Ba&amp;dges</source>
        <translation>徽章(&amp;D)</translation>
    </message>
    <message>
        <source>Paid &amp;memberships</source>
        <translation>付費會員資格(&amp;M)</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>第 {row} 列</translation>
    </message>
    <message>
        <source>{name}: {what} is a whole number.</source>
        <translation>{name}：{what}須為整數。</translation>
    </message>
    <message>
        <source>the target</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>the bonus points</source>
        <translation>紅利點數</translation>
    </message>
    <message>
        <source>the threshold</source>
        <translation>門檻</translation>
    </message>
    <message>
        <source>the months</source>
        <translation>月數</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <source>{count} more error(s) since.</source>
        <translation>此後又發生 {count} 個錯誤。</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>未預期的錯誤</translation>
    </message>
    <message>
        <source>Something went wrong: {summary}

The till is still running; if it misbehaves, restart it.</source>
        <translation>發生錯誤：{summary}

收銀程式仍在執行；若運作異常，請重新啟動。</translation>
    </message>
    <message>
        <source>No log file could be written; note what you were doing and tell your support.</source>
        <translation>無法寫入記錄檔；請記下您當時的操作並告知技術支援人員。</translation>
    </message>
    <message>
        <source>The details are in the log file
{path}
Send it to your support.</source>
        <translation>詳細資訊在記錄檔
{path}
請將它傳給技術支援人員。</translation>
    </message>
</context>
<context>
    <name>CreateStaffDialog</name>
    <message>
        <source>User name</source>
        <translation>使用者名稱</translation>
    </message>
    <message>
        <source>what they type to sign in, e.g. kari</source>
        <translation>登入時輸入的名稱，例如 kari</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>shown on screens and receipts, e.g. Kari Nordmann</source>
        <translation>顯示在畫面與收據上，例如 Kari Nordmann</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>收銀員</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>使用者名稱(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名稱(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>角色(&amp;R)</translation>
    </message>
    <message>
        <source>New staff account</source>
        <translation>新增員工帳號</translation>
    </message>
    <message>
        <source>Type a user name.</source>
        <translation>請輸入使用者名稱。</translation>
    </message>
</context>
<context>
    <name>CsvPanel</name>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>匯入 CSV…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>匯出 CSV…</translation>
    </message>
    <message>
        <source>Import products from CSV</source>
        <translation>從 CSV 匯入商品</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 檔案 (*.csv);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Export products to CSV</source>
        <translation>匯出商品至 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>正在讀取 {file}…</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>正在寫入 {file}…</translation>
    </message>
    <message>
        <source>Checking rows: {done} of {total}</source>
        <translation>正在檢查資料列：{done} / {total}</translation>
    </message>
    <message>
        <source>Saving products: {done} of {total}</source>
        <translation>正在儲存商品：{done} / {total}</translation>
    </message>
    <message>
        <source>Products imported from {file}: {saved}.</source>
        <translation>已從 {file} 匯入商品：{saved}。</translation>
    </message>
    <message>
        <source>Products imported from {file}: {saved}. Rows left out, with problems: {bad}.</source>
        <translation>已從 {file} 匯入商品：{saved}。有問題而略過的資料列：{bad}。</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported from {file}.</source>
        <translation>已取消匯入：未從 {file} 匯入任何資料。</translation>
    </message>
    <message>
        <source>Products exported to {path}: {count}.</source>
        <translation>已匯出商品至 {path}：{count}。</translation>
    </message>
</context>
<context>
    <name>CustomerDisplay</name>
    <message>
        <source>Customer display</source>
        <translation>客戶顯示器</translation>
    </message>
    <message>
        <source>Welcome!</source>
        <translation>歡迎光臨！</translation>
    </message>
    <message>
        <source>Scan your loyalty card to earn points on today&apos;s shopping.</source>
        <translation>請掃描您的會員卡，今天消費即可累積點數。</translation>
    </message>
    <message>
        <source>You won: {prize}!</source>
        <translation>恭喜您獲得：{prize}！</translation>
    </message>
    <message>
        <source>+{points}</source>
        <translation>+{points}</translation>
    </message>
    <message>
        <source>Not a member yet?</source>
        <translation>還不是會員嗎？</translation>
    </message>
    <message>
        <source>Join today and this sale earns you</source>
        <translation>今天加入，這筆消費就能獲得</translation>
    </message>
    <message>
        <source>Hello, {name}!</source>
        <translation>{name}，您好！</translation>
    </message>
    <message>
        <source>Points this sale</source>
        <translation>本次消費點數</translation>
    </message>
    <message>
        <source>Your balance: {points} points</source>
        <translation>您的點數餘額：{points} 點</translation>
    </message>
    <message>
        <source>You can have a {reward} now!</source>
        <translation>您現在就能兌換{reward}！</translation>
    </message>
    <message>
        <source>{points} points to {reward}</source>
        <translation>再 {points} 點即可兌換{reward}</translation>
    </message>
</context>
<context>
    <name>DiscountDialog</name>
    <message>
        <source>Manual discount</source>
        <translation>手動折扣</translation>
    </message>
    <message>
        <source>Discount on {name}</source>
        <translation>{name} 的折扣</translation>
    </message>
    <message>
        <source>Line total {total}. Type the amount off, e.g. 10.00. A manager approves it next.</source>
        <translation>此列小計 {total}。輸入折抵金額，例如 10.00，接著由主管核准。</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>套用</translation>
    </message>
    <message>
        <source>The discount must be more than 0 and at most {total}.</source>
        <translation>折扣必須大於 0 且不超過 {total}。</translation>
    </message>
</context>
<context>
    <name>DonateDialog</name>
    <message>
        <source>Donate points</source>
        <translation>捐贈點數</translation>
    </message>
    <message>
        <source>{name} gives points to a charity</source>
        <translation>{name} 將點數捐給慈善機構</translation>
    </message>
    <message>
        <source>{points:,} points to give. The points leave the member&apos;s balance; the shop pays the charity what they are worth.</source>
        <translation>可捐 {points:,} 點。點數會從會員餘額扣除；本店依其價值付款給慈善機構。</translation>
    </message>
    <message>
        <source>Charity</source>
        <translation>慈善機構</translation>
    </message>
    <message>
        <source>Points to give</source>
        <translation>要捐的點數</translation>
    </message>
    <message>
        <source>&amp;Charity</source>
        <translation>慈善機構(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Points</source>
        <translation>點數(&amp;P)</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Donate</source>
        <translation>捐贈</translation>
    </message>
    <message>
        <source>{points:,} points = {amount} to {charity}</source>
        <translation>{points:,} 點 = {amount} 捐給 {charity}</translation>
    </message>
    <message>
        <source>Type the points to give.</source>
        <translation>請輸入要捐的點數。</translation>
    </message>
    <message>
        <source>The member has {points:,} points.</source>
        <translation>會員有 {points:,} 點。</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>I have &amp;written the recovery code down</source>
        <translation>我已抄下復原碼(&amp;W)</translation>
    </message>
    <message>
        <source>Then sign in as {user} with your PIN.</source>
        <translation>接著以 {user} 身分使用您的 PIN 碼登入。</translation>
    </message>
    <message>
        <source>Tick the box (Alt+W or Space) once the code is on paper; it cannot be shown again.</source>
        <translation>將復原碼抄在紙上後請勾選此方塊（Alt+W 或空白鍵）；此碼無法再次顯示。</translation>
    </message>
</context>
<context>
    <name>EarningPage</name>
    <message>
        <source>Amount that earns the base rate</source>
        <translation>可獲得基本點數的金額</translation>
    </message>
    <message>
        <source>Down (no point that is not fully earned)</source>
        <translation>無條件捨去（未滿一點不計）</translation>
    </message>
    <message>
        <source>To the nearest point (half up)</source>
        <translation>四捨五入至整點</translation>
    </message>
    <message>
        <source>To the nearest point (half to even)</source>
        <translation>四捨六入五成雙至整點</translation>
    </message>
    <message>
        <source>Up (any part earns a whole point)</source>
        <translation>無條件進位（不足一點也計一點）</translation>
    </message>
    <message>
        <source>Price including VAT</source>
        <translation>含稅價格</translation>
    </message>
    <message>
        <source>Price excluding VAT</source>
        <translation>未稅價格</translation>
    </message>
    <message>
        <source>No cap</source>
        <translation>無上限</translation>
    </message>
    <message>
        <source> points</source>
        <translation> 點</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Multiplier</source>
        <translation>倍率</translation>
    </message>
    <message>
        <source>Earns</source>
        <translation>累積點數</translation>
    </message>
    <message>
        <source>point(s) per</source>
        <translation>點，每</translation>
    </message>
    <message>
        <source>&amp;Base rate</source>
        <translation>基本回饋率(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Rounding</source>
        <translation>進位方式(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Minimum basket</source>
        <translation>最低消費(&amp;M)</translation>
    </message>
    <message>
        <source>Earn o&amp;n</source>
        <translation>累點依據(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Daily cap per member</source>
        <translation>每位會員每日上限(&amp;D)</translation>
    </message>
    <message>
        <source>Type a new multiplier on a row (100 % = the base rate); Space switches “Earns”.</source>
        <translation>在列上輸入新的倍率（100 % = 基本回饋率）；按空白鍵切換「累積點數」。</translation>
    </message>
    <message>
        <source>Ca&amp;tegories</source>
        <translation>類別(&amp;T)</translation>
    </message>
    <message>
        <source>earns</source>
        <translation>累積點數</translation>
    </message>
    <message>
        <source>The amount per point must be above 0.</source>
        <translation>每點金額必須大於 0。</translation>
    </message>
</context>
<context>
    <name>EndOfDayTab</name>
    <message>
        <source>{day} in the shop&apos;s time zone ({zone}), the To date: {sales:,} sale(s) and {returns:,} return(s), {money} net. Amount-only entries: {entries:,} for {register}, in the register&apos;s own count.</source>
        <translation>{day}（門市時區 {zone}，結束日）：{sales:,} 筆交易、{returns:,} 筆退貨，淨額 {money}。僅金額紀錄：{register} 共 {entries:,} 筆，依收銀機本身的計數。</translation>
    </message>
    <message>
        <source>Sales and returns per till and cashier</source>
        <translation>各收銀機與收銀員的銷售與退貨</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>交易數</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>退貨</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>收銀機</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>收銀員</translation>
    </message>
    <message>
        <source>Net total</source>
        <translation>淨額</translation>
    </message>
    <message>
        <source>Gift card</source>
        <translation>禮物卡</translation>
    </message>
    <message>
        <source>Points issued</source>
        <translation>發放點數</translation>
    </message>
    <message>
        <source>Points redeemed</source>
        <translation>兌換點數</translation>
    </message>
    <message>
        <source>Amount-only</source>
        <translation>僅金額</translation>
    </message>
    <message>
        <source>Amount-only total</source>
        <translation>僅金額合計</translation>
    </message>
    <message>
        <source>Gift card sales</source>
        <translation>禮物卡銷售</translation>
    </message>
    <message>
        <source>Membership sales</source>
        <translation>會員資格銷售</translation>
    </message>
    <message>
        <source>Key into the register apart from sales: {cards} for gift cards ({sold:,} sold, {topped:,} topped up).</source>
        <translation>另外輸入收銀機，不計入交易：禮物卡 {cards}（售出 {sold:,} 張，儲值 {topped:,} 次）。</translation>
    </message>
    <message>
        <source>Key into the register apart from sales: {fees} for {memberships:,} paid membership(s).</source>
        <translation>另外輸入收銀機，不計入交易：{memberships:,} 份付費會員資格 {fees}。</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol a new member</source>
        <translation>新會員入會</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>手機號碼</translation>
    </message>
    <message>
        <source>name@example.com (optional)</source>
        <translation>name@example.com（選填）</translation>
    </message>
    <message>
        <source>e.g. {example} (optional)</source>
        <translation>例如 {example}（選填）</translation>
    </message>
    <message>
        <source>A friend&apos;s referral code (optional)</source>
        <translation>朋友的推薦碼（選填）</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名稱(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>電話(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>電子郵件(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Birthday</source>
        <translation>生日(&amp;B)</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>同意事項</translation>
    </message>
    <message>
        <source>&amp;Data processing (required)</source>
        <translation>資料處理（必填）(&amp;D)</translation>
    </message>
    <message>
        <source>Needed to keep the member&apos;s card, points and contact details. Without it we cannot enrol.</source>
        <translation>保存會員卡、點數與聯絡資料所必需。未同意則無法入會。</translation>
    </message>
    <message>
        <source>&amp;Marketing offers (optional)</source>
        <translation>行銷優惠（選填）(&amp;M)</translation>
    </message>
    <message>
        <source>By email and SMS; the member can say no at any time.</source>
        <translation>透過電子郵件與簡訊；會員可隨時拒絕。</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>會員卡</translation>
    </message>
    <message>
        <source>&amp;Issue a new number, print later</source>
        <translation>發給新卡號，稍後列印(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Scan a pre-printed card now</source>
        <translation>立即掃描預印卡(&amp;S)</translation>
    </message>
    <message>
        <source>Scan the card, or type its 16 digits</source>
        <translation>掃描卡片，或輸入 16 位數卡號</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Enrol member</source>
        <translation>辦理入會</translation>
    </message>
    <message>
        <source>&amp;Referral code</source>
        <translation>推薦碼(&amp;R)</translation>
    </message>
    <message>
        <source>Mobile number, e.g. {example}</source>
        <translation>手機號碼，例如 {example}</translation>
    </message>
    <message>
        <source>That was not a member card ({what}). Scan the card&apos;s QR code or barcode.</source>
        <translation>這不是會員卡（{what}）。請掃描卡片的 QR 碼或條碼。</translation>
    </message>
    <message>
        <source>Scan the card now, or choose &quot;Issue a new card number&quot;.</source>
        <translation>請立即掃描卡片，或選擇「發給新卡號」。</translation>
    </message>
    <message>
        <source>A card number has 16 digits.</source>
        <translation>卡號為 16 位數。</translation>
    </message>
    <message>
        <source>Type the member&apos;s name.</source>
        <translation>請輸入會員姓名。</translation>
    </message>
    <message>
        <source>A name has at most 120 characters.</source>
        <translation>姓名最多 120 個字元。</translation>
    </message>
    <message>
        <source>Not a phone number: 6 to 15 digits, may start with +.</source>
        <translation>不是有效的電話號碼：須為 6 至 15 位數，可用 + 開頭。</translation>
    </message>
    <message>
        <source>This phone number already belongs to a member: find them instead.</source>
        <translation>此電話號碼已屬於某位會員：請改為查詢該會員。</translation>
    </message>
    <message>
        <source>Not an email address (like name@example.com).</source>
        <translation>不是有效的電子郵件地址（例如 name@example.com）。</translation>
    </message>
    <message>
        <source>This email already belongs to a member: find them instead.</source>
        <translation>此電子郵件已屬於某位會員：請改為查詢該會員。</translation>
    </message>
    <message>
        <source>Tick data processing (Space or Alt+D): it is required to join.</source>
        <translation>請勾選資料處理（空白鍵或 Alt+D）：入會必須同意。</translation>
    </message>
    <message>
        <source>This card already belongs to a member: use another card or issue a new number.</source>
        <translation>此卡已屬於某位會員：請改用其他卡片或發給新卡號。</translation>
    </message>
    <message>
        <source>The card number&apos;s check digit is wrong: scan it again or retype it.</source>
        <translation>卡號檢查碼錯誤：請重新掃描或重新輸入。</translation>
    </message>
    <message>
        <source>A birthday cannot be in the future.</source>
        <translation>生日不能是未來的日期。</translation>
    </message>
    <message>
        <source>That day does not exist: check the day and the month.</source>
        <translation>沒有這一天：請檢查日期與月份。</translation>
    </message>
    <message>
        <source>Type the birthday like {example}, or leave it empty.</source>
        <translation>請依 {example} 的格式輸入生日，或留空。</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase {name} for good</source>
        <translation>永久清除 {name}</translation>
    </message>
    <message>
        <source>Name, phone, email, birthday and consents are removed from the member and from anything waiting to sync (receipts never hold them). Their {points:,} points are forfeited and every card stops working. Sales, points history and totals stay, under the member id only. This cannot be undone: export the data first if the member asked for a copy.</source>
        <translation>姓名、電話、電子郵件、生日與同意事項將從會員資料及所有等待同步的資料中移除（收據從不包含這些資料）。其 {points:,} 點將被沒收，所有會員卡隨即失效。交易、點數紀錄與合計仍會保留，但僅以會員編號記錄。此動作無法復原：若會員要求副本，請先匯出資料。</translation>
    </message>
    <message>
        <source>Erase member</source>
        <translation>清除會員</translation>
    </message>
    <message>
        <source>Type {word} to confirm</source>
        <translation>輸入 {word} 以確認</translation>
    </message>
    <message>
        <source>Type {word} in capitals: erasing cannot be undone.</source>
        <translation>請以大寫輸入 {word}：清除後無法復原。</translation>
    </message>
</context>
<context>
    <name>ExpiryPage</name>
    <message>
        <source>Take back what is left, stop at 0 and flag the member</source>
        <translation>收回剩餘點數，扣到 0 為止並標記該會員</translation>
    </message>
    <message>
        <source>Take back everything (the balance may go below 0)</source>
        <translation>全部收回（餘額可能低於 0）</translation>
    </message>
    <message>
        <source>Points expire this long &amp;after they are earned</source>
        <translation>點數於累積後經過此期間到期(&amp;A)</translation>
    </message>
    <message>
        <source>All points expire after this long &amp;without activity</source>
        <translation>無任何活動經過此期間後全部點數到期(&amp;W)</translation>
    </message>
    <message>
        <source>When a &amp;return takes back points the member has already spent</source>
        <translation>退貨(&amp;R)需收回會員已使用的點數時</translation>
    </message>
    <message>
        <source>0 months = never. Points already earned keep the expiry date they were given; the new rule applies to points earned after publishing.</source>
        <translation>0 個月 = 永不到期。已累積的點數維持原到期日；新規則適用於發布後累積的點數。</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>永不</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 個月</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export the data of {name}</source>
        <translation>匯出 {name} 的資料</translation>
    </message>
    <message>
        <source>Everything held about the member: profile, consents, cards, points history, purchases and receipts. A file ending in .pdf is a readable document to hand over; any other name gets JSON. The export is recorded in the audit log.</source>
        <translation>保存的所有會員資料：個人資料、同意事項、會員卡、點數紀錄、消費與收據。副檔名為 .pdf 的檔案是可直接交付的易讀文件；其他檔名則輸出 JSON。匯出動作會記錄在稽核紀錄中。</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>Say where to write the file.</source>
        <translation>請指定檔案的寫入位置。</translation>
    </message>
    <message>
        <source>There is no folder {folder}.</source>
        <translation>資料夾 {folder} 不存在。</translation>
    </message>
</context>
<context>
    <name>FlowsTab</name>
    <message>
        <source>Points per month</source>
        <translation>每月點數</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>發卡日</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>兌換</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
</context>
<context>
    <name>GiftCardDialog</name>
    <message>
        <source>Gift card</source>
        <translation>禮物卡</translation>
    </message>
    <message>
        <source>Scan the card or type its number. Leave the number empty to sell a new card.</source>
        <translation>請掃描卡片或輸入卡號。留空卡號即可販售新卡。</translation>
    </message>
    <message>
        <source>Gift card number</source>
        <translation>禮物卡卡號</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Card &amp;number</source>
        <translation>卡號(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>金額(&amp;A)</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>餘額</translation>
    </message>
    <message>
        <source>Sell / top up, cash</source>
        <translation>販售／儲值，現金</translation>
    </message>
    <message>
        <source>Sell / top up, card</source>
        <translation>販售／儲值，刷卡</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Pay part of this sale</source>
        <translation>支付此筆交易的一部分</translation>
    </message>
    <message>
        <source>Selling a card: finish or void the sale first; the card has a slip of its own.</source>
        <translation>販售禮物卡：請先完成或作廢此筆交易；禮物卡有自己的單據。</translation>
    </message>
    <message>
        <source>Money taken for a card is also keyed into the shop&apos;s register.</source>
        <translation>販售禮物卡收取的款項也要輸入店內的收銀機。</translation>
    </message>
    <message>
        <source>{card}: {amount} on the card</source>
        <translation>{card}：卡內有 {amount}</translation>
    </message>
    <message>
        <source>Type the amount to put on the card.</source>
        <translation>請輸入要存入卡片的金額。</translation>
    </message>
    <message>
        <source>Nothing left on this card to pay with.</source>
        <translation>此卡已無餘額可付款。</translation>
    </message>
    <message>
        <source>The card can pay at most the amount due, {due}.</source>
        <translation>此卡最多只能支付應付金額 {due}。</translation>
    </message>
    <message>
        <source>The card holds only {amount}.</source>
        <translation>此卡只有 {amount}。</translation>
    </message>
</context>
<context>
    <name>GiftCardVoidDialog</name>
    <message>
        <source>Look up or void a gift card</source>
        <translation>查詢或作廢禮物卡</translation>
    </message>
    <message>
        <source>Scan the card or type its number and press Enter: its balance and history show. To void it, type why and press Enter again: what is left leaves the card, and every till refuses the card afterwards with your reason.</source>
        <translation>掃描卡片或輸入卡號後按 Enter：會顯示餘額與紀錄。要作廢時，輸入原因再按一次 Enter：卡上剩餘的金額會扣除，之後每台收銀機都會以您的原因拒收此卡。</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>查詢</translation>
    </message>
    <message>
        <source>&amp;Card number</source>
        <translation>卡號(&amp;C)</translation>
    </message>
    <message>
        <source>The card</source>
        <translation>此卡</translation>
    </message>
    <message>
        <source>The card&apos;s history</source>
        <translation>卡片紀錄</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>What</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>收銀機</translation>
    </message>
    <message>
        <source>By</source>
        <translation>經手人</translation>
    </message>
    <message>
        <source>e.g. reported lost by its holder, money refunded in cash</source>
        <translation>例如：持卡人回報遺失、已以現金退款</translation>
    </message>
    <message>
        <source>&amp;Reason for voiding</source>
        <translation>作廢原因(&amp;R)</translation>
    </message>
    <message>
        <source>Void {amount}</source>
        <translation>作廢 {amount}</translation>
    </message>
    <message>
        <source>A gift card number is GC and 10 digits, as printed on the card.</source>
        <translation>禮物卡號為 GC 加 10 位數字，與卡上印的相同。</translation>
    </message>
    <message>
        <source>Say why: the till shows the reason when the card is used.</source>
        <translation>請說明原因：此卡被使用時，收銀機會顯示這個原因。</translation>
    </message>
    <message>
        <source>{card}: voided on {day}. {balance} on it now.</source>
        <translation>{card}：已於 {day} 作廢。目前餘額 {balance}。</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>原因：{reason}</translation>
    </message>
    <message>
        <source>{card}: {balance} left, sold on {day}. Type why it is voided, then press Enter to void it.</source>
        <translation>{card}：剩餘 {balance}，於 {day} 售出。輸入作廢原因後按 Enter 即可作廢。</translation>
    </message>
    <message>
        <source>{card}: {balance} on it, nothing to void.</source>
        <translation>{card}：餘額 {balance}，沒有可作廢的金額。</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>售出</translation>
    </message>
    <message>
        <source>Topped up</source>
        <translation>儲值</translation>
    </message>
    <message>
        <source>Paid with</source>
        <translation>付款</translation>
    </message>
    <message>
        <source>Given back (return)</source>
        <translation>退回（退貨）</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>作廢</translation>
    </message>
</context>
<context>
    <name>GiftCardsTab</name>
    <message>
        <source>Look up or void a gift card</source>
        <translation>查詢或作廢禮物卡</translation>
    </message>
    <message>
        <source>{cards:,} card(s) hold {owed}: what the shop owes their holders now, whatever the range. In the range: {sold:,} card(s) sold, {loaded} put on cards, {paid} paid with them, {voided} voided.</source>
        <translation>{cards:,} 張卡共有 {owed}：本店目前對持卡人的負債，不受期間影響。此期間：售出 {sold:,} 張，存入 {loaded}，以卡支付 {paid}，作廢 {voided}。</translation>
    </message>
    <message>
        <source>{count:,} card(s) went below zero when offline tills spent the same money; they are listed first: settle each with its holder.</source>
        <translation>{count:,} 張卡因離線收銀機重複使用同一筆款項而低於零；列於最前：請逐一與持卡人結清。</translation>
    </message>
    <message>
        <source>The table lists the first {count:,} cards by number; the totals count all.</source>
        <translation>表格依卡號列出前 {count:,} 張卡；總計包含全部。</translation>
    </message>
    <message>
        <source>Gift card money in the range ({currency})</source>
        <translation>此期間的禮物卡金額（{currency}）</translation>
    </message>
    <message>
        <source>Put on cards</source>
        <translation>存入卡片</translation>
    </message>
    <message>
        <source>Paid with cards</source>
        <translation>以卡支付</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>作廢</translation>
    </message>
    <message>
        <source>below zero: settle</source>
        <translation>低於零：請結清</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>卡號</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>餘額</translation>
    </message>
    <message>
        <source>Put on</source>
        <translation>存入</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>已使用</translation>
    </message>
    <message>
        <source>Sold on</source>
        <translation>售出日期</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>最後使用</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
</context>
<context>
    <name>GivingPage</name>
    <message>
        <source>Charities</source>
        <translation>慈善機構</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>點數</translation>
    </message>
    <message>
        <source>give ({currency})</source>
        <translation>可換（{currency}）</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>提供</translation>
    </message>
    <message>
        <source>Add a charity</source>
        <translation>新增慈善機構</translation>
    </message>
    <message>
        <source>&amp;Charities: a row says how many points give how much money. Untick &quot;Offered&quot; to stop offering one; its donations stay in the reports.</source>
        <translation>慈善機構(&amp;C)：每一列說明多少點數可換多少金額。取消勾選「提供」即停止提供該機構；其捐贈仍保留在報表中。</translation>
    </message>
    <message>
        <source>Gift cards</source>
        <translation>禮物卡</translation>
    </message>
    <message>
        <source>Sell gift cards and take them as payment</source>
        <translation>販售禮物卡並接受以禮物卡付款</translation>
    </message>
    <message>
        <source>&amp;Sell gift cards and take them as payment</source>
        <translation>販售禮物卡並接受以禮物卡付款(&amp;S)</translation>
    </message>
    <message>
        <source>Most put on a card at once</source>
        <translation>單次存入卡片的上限</translation>
    </message>
    <message>
        <source>Most a card pays a day on a till that has not synced</source>
        <translation>未同步的收銀機上每張卡每日可支付的上限</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>無上限</translation>
    </message>
    <message>
        <source>&amp;Most put on a card at once</source>
        <translation>單次存入卡片的上限(&amp;M)</translation>
    </message>
    <message>
        <source>Most a card pays a day on a till that has not &amp;synced (empty: no limit)</source>
        <translation>未同步的收銀機上每張卡每日可支付的上限（空白：無上限）(&amp;S)</translation>
    </message>
    <message>
        <source>The till is not the shop&apos;s register: the money taken for a card is also keyed into the register. A card&apos;s money is paid back to it when a sale it paid is returned.</source>
        <translation>本系統不是店內的收銀機：販售禮物卡收取的款項也要輸入收銀機。以禮物卡支付的交易退貨時，款項會退回該卡。</translation>
    </message>
</context>
<context>
    <name>HoldoutTab</name>
    <message>
        <source>too few members</source>
        <translation>會員太少</translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation>{low} 至 {high}</translation>
    </message>
    <message>
        <source>no clear difference</source>
        <translation>無明顯差異</translation>
    </message>
    <message>
        <source>higher</source>
        <translation>較高</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>較低</translation>
    </message>
    <message>
        <source>Each campaign&apos;s control group never got it (a hash of member and campaign, the same on every till). Per member over the campaign&apos;s days, members who could get it against the control group; the difference with its 95 % interval (Welch&apos;s t). An interval that holds 0 means no clear difference.</source>
        <translation>各活動的對照組從未參加該活動（依會員與活動計算雜湊值，每台收銀機都相同）。以活動期間每位會員計，可參加活動的會員對照對照組；差異附 95 % 區間（Welch t 檢定）。區間包含 0 即表示無明顯差異。</translation>
    </message>
    <message>
        <source>Spend per member ({currency})</source>
        <translation>每位會員消費額（{currency}）</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>會員</translation>
    </message>
    <message>
        <source>Control group</source>
        <translation>對照組</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>活動</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差異</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>95 % 區間</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Members&apos; average</source>
        <translation>會員平均</translation>
    </message>
    <message>
        <source>Control average</source>
        <translation>對照組平均</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>對照組</translation>
    </message>
    <message>
        <source>{campaign} · {segment}</source>
        <translation>{campaign}（{segment}）</translation>
    </message>
    <message>
        <source>Spend per member</source>
        <translation>每位會員消費額</translation>
    </message>
    <message>
        <source>Visits per member</source>
        <translation>每位會員來店次數</translation>
    </message>
</context>
<context>
    <name>ImageField</name>
    <message>
        <source>Ctrl+I  Choose…</source>
        <translation>Ctrl+I  選擇…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I  Remove</source>
        <translation>Ctrl+Shift+I  移除</translation>
    </message>
    <message>
        <source>Choose the reward&apos;s picture</source>
        <translation>選擇獎勵的圖片</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</source>
        <translation>圖片 (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</translation>
    </message>
    <message>
        <source>That file is not a picture this till can read.</source>
        <translation>此檔案不是這台收銀機可讀取的圖片。</translation>
    </message>
    <message>
        <source>No
picture</source>
        <translation>沒有
圖片</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Products import — problems found</source>
        <translation>匯入商品 — 發現問題</translation>
    </message>
    <message>
        <source>{rows} rows read: {good} good, {bad} with problems (listed below, with the line in the file). Import the good rows now, or cancel, fix the file and import it again.</source>
        <translation>已讀取 {rows} 列：{good} 列正確，{bad} 列有問題（列於下方，並附檔案中的行號）。現在匯入正確的資料列，或取消、修正檔案後重新匯入。</translation>
    </message>
    <message>
        <source>The file cannot be imported as it is. Fix it and import it again.</source>
        <translation>此檔案無法直接匯入。請修正後重新匯入。</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行號</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>欄位</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Cancel — import nothing</source>
        <translation>取消 — 不匯入任何資料</translation>
    </message>
    <message>
        <source>Import the 1 good row</source>
        <translation>匯入 1 列正確資料</translation>
    </message>
    <message>
        <source>Import the {good} good rows</source>
        <translation>匯入 {good} 列正確資料</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>{file}: nothing has been imported yet</source>
        <translation>{file}：尚未匯入任何資料</translation>
    </message>
</context>
<context>
    <name>IntegrityWatch</name>
    <message>
        <source>The store&apos;s records do not add up; tell a manager. {first}</source>
        <translation>門市的紀錄不一致；請通知主管。{first}</translation>
    </message>
    <message>
        <source>(and {count} more; a manager runs &apos;loyalty-pos check&apos;)</source>
        <translation>（還有 {count} 項；請主管執行 &apos;loyalty-pos check&apos;）</translation>
    </message>
</context>
<context>
    <name>JoinPage</name>
    <message>
        <source>Registering this till with the chain server…</source>
        <translation>正在向連鎖伺服器註冊本收銀機…</translation>
    </message>
    <message>
        <source>Receiving the shop, staff, card keys, program, products and members…</source>
        <translation>正在接收商店、員工、會員卡金鑰、會員方案、商品與會員…</translation>
    </message>
    <message>
        <source>Checking what arrived…</source>
        <translation>正在檢查收到的資料…</translation>
    </message>
    <message>
        <source>Saving the shop and its first backup…</source>
        <translation>正在儲存商店及第一份備份…</translation>
    </message>
    <message>
        <source>e.g. https://chain.example.com</source>
        <translation>例如 https://chain.example.com</translation>
    </message>
    <message>
        <source>e.g. 886A-92WT-GXNR</source>
        <translation>例如 886A-92WT-GXNR</translation>
    </message>
    <message>
        <source>&amp;Server address</source>
        <translation>伺服器位址(&amp;S)</translation>
    </message>
    <message>
        <source>https:// for a server on another machine; http:// only on this one.</source>
        <translation>其他電腦上的伺服器請用 https://；http:// 僅限本機。</translation>
    </message>
    <message>
        <source>&amp;Enrolment code</source>
        <translation>註冊碼(&amp;E)</translation>
    </message>
    <message>
        <source>Dashes and case do not matter.</source>
        <translation>連字號與大小寫不影響。</translation>
    </message>
    <message>
        <source>Type the chain server&apos;s address.</source>
        <translation>請輸入連鎖伺服器的位址。</translation>
    </message>
    <message>
        <source>Type the enrolment code head office gave you.</source>
        <translation>請輸入總部提供的註冊碼。</translation>
    </message>
</context>
<context>
    <name>LiabilityTab</name>
    <message>
        <source>{points:,} points open</source>
        <translation>{points:,} 點未使用</translation>
    </message>
    <message>
        <source>worth {money}</source>
        <translation>價值 {money}</translation>
    </message>
    <message>
        <source>Valued at {basis}, what the shop pays out for them. Liability and expiry are as of now, whatever the date range.</source>
        <translation>以{basis}計價，即門市為這些點數支付的成本。負債與到期依目前狀態計算，與日期範圍無關。</translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation>{days} 天</translation>
    </message>
    <message>
        <source>Points expiring within the next …</source>
        <translation>於以下期間內到期的點數…</translation>
    </message>
    <message>
        <source>Points expiring</source>
        <translation>即將到期點數</translation>
    </message>
    <message>
        <source>Open points</source>
        <translation>未使用點數</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>價值</translation>
    </message>
    <message>
        <source>Expiring within {days} days</source>
        <translation>{days} 天內到期</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Points / value</source>
        <translation>點數／價值</translation>
    </message>
</context>
<context>
    <name>LiabilityTrendTab</name>
    <message>
        <source>Points held at each month&apos;s end (the last: at the range&apos;s end), net of members&apos; debts, valued at today&apos;s {basis}.</source>
        <translation>各月底持有的點數（最後一筆為範圍結束時），扣除會員欠點，以今日的{basis}計價。</translation>
    </message>
    <message>
        <source>Points outstanding at month end</source>
        <translation>月底流通點數</translation>
    </message>
    <message>
        <source>Points outstanding</source>
        <translation>流通點數</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>價值</translation>
    </message>
</context>
<context>
    <name>LimitsPage</name>
    <message>
        <source>Never</source>
        <translation>從不</translation>
    </message>
    <message>
        <source>Nothing (a search is enough)</source>
        <translation>不需要（搜尋即可）</translation>
    </message>
    <message>
        <source>The last digits of their phone</source>
        <translation>電話號碼末幾碼</translation>
    </message>
    <message>
        <source>Their birth date</source>
        <translation>生日</translation>
    </message>
    <message>
        <source> digits</source>
        <translation> 碼</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> 分鐘</translation>
    </message>
    <message>
        <source>Caps (0 = no cap)</source>
        <translation>上限（0 = 不設上限）</translation>
    </message>
    <message>
        <source>Points &amp;redeemed per member a day</source>
        <translation>每位會員每日兌換點數(&amp;R)</translation>
    </message>
    <message>
        <source>Points earned on &amp;this till a day</source>
        <translation>本收銀機每日累積點數(&amp;T)</translation>
    </message>
    <message>
        <source>Points redeemed on this till a &amp;day</source>
        <translation>本收銀機每日兌換點數(&amp;D)</translation>
    </message>
    <message>
        <source>Points earned on one s&amp;ale</source>
        <translation>單筆交易累積點數(&amp;A)</translation>
    </message>
    <message>
        <source>Points redeemed on &amp;one sale</source>
        <translation>單筆交易兌換點數(&amp;O)</translation>
    </message>
    <message>
        <source>The daily earning cap per member is on the Earning tab. Member caps count every till&apos;s points this till has received; a till offline sees only its own.</source>
        <translation>每位會員每日累積上限在「集點」分頁設定。會員上限計算本收銀機已收到的所有收銀機點數；離線的收銀機只看得到自己的點數。</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>檢查</translation>
    </message>
    <message>
        <source>A points adjustment above this needs a second &amp;manager</source>
        <translation>點數調整超過此數需要第二位主管(&amp;M)</translation>
    </message>
    <message>
        <source>A member found by search (not by card) must pro&amp;ve, before spending points</source>
        <translation>以搜尋（而非會員卡）找到的會員，使用點數前須證明身分(&amp;V)</translation>
    </message>
    <message>
        <source>Phone digits as&amp;ked</source>
        <translation>詢問的電話碼數(&amp;K)</translation>
    </message>
    <message>
        <source>Unusual activity (0 = not watched)</source>
        <translation>異常活動（0 = 不監控）</translation>
    </message>
    <message>
        <source>Counted &amp;within</source>
        <translation>計算時間範圍(&amp;W)</translation>
    </message>
    <message>
        <source>Redemptions by one mem&amp;ber</source>
        <translation>單一會員的兌換次數(&amp;B)</translation>
    </message>
    <message>
        <source>Redemptions rung up by one &amp;cashier</source>
        <translation>單一收銀員處理的兌換次數(&amp;C)</translation>
    </message>
    <message>
        <source>Different members looked &amp;up by one cashier</source>
        <translation>單一收銀員查詢的不同會員數(&amp;U)</translation>
    </message>
    <message>
        <source>No cap</source>
        <translation>不設上限</translation>
    </message>
    <message>
        <source> points</source>
        <translation> 點</translation>
    </message>
    <message>
        <source>Not watched</source>
        <translation>不監控</translation>
    </message>
</context>
<context>
    <name>LocalNamesField</name>
    <message>
        <source>Name in {language}</source>
        <translation>{language}名稱</translation>
    </message>
    <message>
        <source>Description in {language}</source>
        <translation>{language}說明</translation>
    </message>
    <message>
        <source>Names in other languages</source>
        <translation>其他語言的名稱</translation>
    </message>
    <message>
        <source>Names in other languages ({count})</source>
        <translation>其他語言的名稱（{count}）</translation>
    </message>
    <message>
        <source>as the name above</source>
        <translation>同上方名稱</translation>
    </message>
    <message>
        <source>as the description above</source>
        <translation>同上方說明</translation>
    </message>
</context>
<context>
    <name>LogoPage</name>
    <message>
        <source>a PNG file, e.g. /home/siti/logo.png</source>
        <translation>PNG 檔案，例如 /home/siti/logo.png</translation>
    </message>
    <message>
        <source>Logo file (optional)</source>
        <translation>標誌檔案（選填）</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>瀏覽(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Logo (optional)</source>
        <translation>標誌（選填）(&amp;L)</translation>
    </message>
    <message>
        <source>Scaled to the member card&apos;s logo box (9 mm).</source>
        <translation>縮放至會員卡的標誌框（9 mm）。</translation>
    </message>
    <message>
        <source>leave empty for PDF files</source>
        <translation>留空則輸出 PDF 檔案</translation>
    </message>
    <message>
        <source>&amp;Receipt printer (optional)</source>
        <translation>收據印表機（選填）(&amp;R)</translation>
    </message>
    <message>
        <source>e.g. escpos-network:192.168.1.50, escpos-usb:04b8:0e15, system:Receipt printer</source>
        <translation>例如 escpos-network:192.168.1.50、escpos-usb:04b8:0e15、system:收據印表機</translation>
    </message>
    <message>
        <source>Choose the shop&apos;s logo</source>
        <translation>選擇門市標誌</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG 圖片 (*.png)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Till — terminal {terminal}</source>
        <translation>收銀機 — 第 {terminal} 台</translation>
    </message>
    <message>
        <source>Terminal {terminal}</source>
        <translation>收銀機 {terminal}</translation>
    </message>
    <message>
        <source>&amp;Till</source>
        <translation>收銀(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Lock till</source>
        <translation>鎖定收銀機(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>登出(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Reprint a receipt…</source>
        <translation>補印收據(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Training mode</source>
        <translation>練習模式(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Back office… (manager)</source>
        <translation>後台管理(&amp;B)…（主管）</translation>
    </message>
    <message>
        <source>Print member &amp;cards… (manager)</source>
        <translation>列印會員卡(&amp;C)…（主管）</translation>
    </message>
    <message>
        <source>Re&amp;ports… (manager)</source>
        <translation>報表(&amp;P)…（主管）</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Customer display</source>
        <translation>客戶顯示器(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About loyalty-pos…</source>
        <translation>關於 loyalty-pos(&amp;A)…</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>尚未登入</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>cashier</source>
        <translation>收銀員</translation>
    </message>
    <message>
        <source>Signed in: {user} ({role})</source>
        <translation>已登入：{user}（{role}）</translation>
    </message>
    <message>
        <source>A sale started by {users} is parked: it comes back when they sign in.</source>
        <translation>{users} 開始的交易已暫存：他們登入時會再出現。</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>處理中…</translation>
    </message>
    <message>
        <source>Finish the sale, or void it with F12, before signing out.</source>
        <translation>登出前請先完成交易，或按 F12 作廢。</translation>
    </message>
    <message>
        <source>{user} signed out.</source>
        <translation>{user} 已登出。</translation>
    </message>
    <message>
        <source>the back office</source>
        <translation>後台管理</translation>
    </message>
    <message>
        <source>Scan not used: close the open window (Esc) first, then scan again.</source>
        <translation>掃描未使用：請先關閉開啟的視窗 (Esc)，再重新掃描。</translation>
    </message>
    <message>
        <source>Please sign in before scanning.</source>
        <translation>掃描前請先登入。</translation>
    </message>
    <message>
        <source>Scan not used: the till locked before it was read. Sign in and scan again.</source>
        <translation>掃描未使用：收銀機在讀取前已鎖定。請登入後重新掃描。</translation>
    </message>
    <message>
        <source>Scan refused.</source>
        <translation>掃描遭拒。</translation>
    </message>
</context>
<context>
    <name>ManagerPage</name>
    <message>
        <source>e.g. Siti Rahayu</source>
        <translation>例如 Siti Rahayu</translation>
    </message>
    <message>
        <source>typed at sign-in</source>
        <translation>登入時輸入</translation>
    </message>
    <message>
        <source>4 to 12 digits</source>
        <translation>4 至 12 位數字</translation>
    </message>
    <message>
        <source>the same PIN</source>
        <translation>相同的 PIN 碼</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>您的姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>使用者名稱(&amp;U)</translation>
    </message>
    <message>
        <source>Letters, digits, dots or underscores.</source>
        <translation>英文字母、數字、句點或底線。</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>PIN 碼(&amp;P)</translation>
    </message>
    <message>
        <source>Not one digit repeated (0000) and not a row like 1234 or 9876.</source>
        <translation>不可為同一數字重複（0000），也不可為 1234 或 9876 等連號。</translation>
    </message>
    <message>
        <source>PIN a&amp;gain</source>
        <translation>再次輸入 PIN 碼(&amp;G)</translation>
    </message>
</context>
<context>
    <name>MemberActionDialog</name>
    <message>
        <source>Member action</source>
        <translation>會員動作</translation>
    </message>
    <message>
        <source>What did {name} do?</source>
        <translation>{name} 做了什麼？</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>動作</translation>
    </message>
    <message>
        <source>No action campaign is running for this member. A manager adds them in the back office under Campaigns.</source>
        <translation>目前沒有適用於此會員的動作活動。主管可在後台管理的「活動」中新增。</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Give the points</source>
        <translation>給予點數</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>+{points} points</source>
        <translation>+{points} 點</translation>
    </message>
    <message>
        <source>{left} of {limit} left</source>
        <translation>剩 {left}／{limit} 次</translation>
    </message>
    <message>
        <source>{left} of {limit} left today</source>
        <translation>今天剩 {left}／{limit} 次</translation>
    </message>
    <message>
        <source>{left} of {limit} left this week</source>
        <translation>本週剩 {left}／{limit} 次</translation>
    </message>
    <message>
        <source>{left} of {limit} left this month</source>
        <translation>本月剩 {left}／{limit} 次</translation>
    </message>
    <message>
        <source>{left} of {limit} left this year</source>
        <translation>今年剩 {left}／{limit} 次</translation>
    </message>
</context>
<context>
    <name>MemberActionsTab</name>
    <message>
        <source>Referrals: {made:,} made, {converted:,} converted by a first purchase.</source>
        <translation>推薦：{made:,} 筆，其中 {converted:,} 筆已首次消費。</translation>
    </message>
    <message>
        <source>Welcome back: {taken:,} taken; {away:,} member(s) away {days:,}+ days get it at their next visit.</source>
        <translation>歡迎回來：已領取 {taken:,} 次；{away:,} 位未光顧 {days:,} 天以上的會員下次光顧時可獲得。</translation>
    </message>
    <message>
        <source>Points given per action</source>
        <translation>各動作給予的點數</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>活動</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>動作</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>會員</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>點數</translation>
    </message>
</context>
<context>
    <name>MemberArea</name>
    <message>
        <source>F2  Member: phone, name or email</source>
        <translation>F2  會員：電話、姓名或電子郵件</translation>
    </message>
</context>
<context>
    <name>MemberHeader</name>
    <message>
        <source>Find a member, or scan their card.</source>
        <translation>查詢會員，或掃描會員卡。</translation>
    </message>
    <message>
        <source>{points:,} points</source>
        <translation>{points:,} 點</translation>
    </message>
    <message>
        <source>{points:,} points expire on {day}</source>
        <translation>{points:,} 點將於 {day} 到期</translation>
    </message>
    <message>
        <source>no points expire in the next 60 days</source>
        <translation>未來 60 天內沒有點數到期</translation>
    </message>
    <message>
        <source>merged into {member}</source>
        <translation>已合併至 {member}</translation>
    </message>
    <message>
        <source>merged from {members} (their sales stay on those records)</source>
        <translation>由 {members} 合併而來（其交易仍保留在原紀錄）</translation>
    </message>
</context>
<context>
    <name>MemberPanelWidget</name>
    <message>
        <source>No member on this sale.
Scan a card, or press F2 to find a member.</source>
        <translation>此筆交易尚無會員。
請掃描會員卡，或按 F2 查詢會員。</translation>
    </message>
    <message>
        <source>Points balance</source>
        <translation>點數餘額</translation>
    </message>
    <message>
        <source>Rewards now</source>
        <translation>可兌換獎勵</translation>
    </message>
    <message>
        <source>{points} points expire {date}</source>
        <translation>{points} 點將於 {date} 到期</translation>
    </message>
    <message>
        <source>Enough points for every reward.</source>
        <translation>點數足以兌換所有獎勵。</translation>
    </message>
    <message>
        <source>Next reward: {name}</source>
        <translation>下一個獎勵：{name}</translation>
    </message>
    <message>
        <source>{have} / {cost} pts — {needed} to go</source>
        <translation>{have} / {cost} 點 — 還差 {needed} 點</translation>
    </message>
    <message>
        <source>Top tier: {tier}</source>
        <translation>最高等級：{tier}</translation>
    </message>
    <message>
        <source>Highest tier reached</source>
        <translation>已達最高等級</translation>
    </message>
    <message>
        <source>spend {amount} more</source>
        <translation>再消費 {amount}</translation>
    </message>
    <message>
        <source>{points} more points</source>
        <translation>再 {points} 點</translation>
    </message>
    <message>
        <source>Next tier: {tier}</source>
        <translation>下一等級：{tier}</translation>
    </message>
    <message>
        <source>Campaign for segment &apos;{segment}&apos;: {campaign}</source>
        <translation>客群「{segment}」的活動：{campaign}</translation>
    </message>
</context>
<context>
    <name>MemberPricesPage</name>
    <message>
        <source>Applies to</source>
        <translation>適用於</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>價格</translation>
    </message>
    <message>
        <source>% off</source>
        <translation>折扣 %</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等級</translation>
    </message>
    <message>
        <source>Early: tier</source>
        <translation>搶先：等級</translation>
    </message>
    <message>
        <source>Early: until</source>
        <translation>搶先：截止</translation>
    </message>
    <message>
        <source>&amp;Add a product with a member price</source>
        <translation>新增有會員價的商品(&amp;A)</translation>
    </message>
    <message>
        <source>Member price &amp;rows</source>
        <translation>會員價列表(&amp;R)</translation>
    </message>
    <message>
        <source>Type a member price or a % off on a row (one of them); “Tier” empty means every member. Early access: only that tier and up may buy the product until the day (YYYY-MM-DD). Del removes the row.</source>
        <translation>在一列輸入會員價或折扣 %（擇一）；「等級」留空表示所有會員。搶先購買：到該日（YYYY-MM-DD）之前，只有該等級以上可購買此商品。Del 刪除該列。</translation>
    </message>
    <message>
        <source>{what}: a category takes a % off, not a price.</source>
        <translation>{what}：類別只能設定折扣 %，不能設定價格。</translation>
    </message>
    <message>
        <source>{what}: a member price or a % off, not both.</source>
        <translation>{what}：會員價或折扣 % 擇一，不可同時設定。</translation>
    </message>
    <message>
        <source>Member price: {what}</source>
        <translation>會員價：{what}</translation>
    </message>
    <message>
        <source>{what}: early access needs a product, a tier and a day (YYYY-MM-DD).</source>
        <translation>{what}：搶先購買需要商品、等級與日期（YYYY-MM-DD）。</translation>
    </message>
</context>
<context>
    <name>MemberResultsModel</name>
    <message>
        <source>Member</source>
        <translation>會員</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>點數</translation>
    </message>
</context>
<context>
    <name>MemberSearch</name>
    <message>
        <source>Name, phone, email or card number</source>
        <translation>姓名、電話、電子郵件或卡號</translation>
    </message>
</context>
<context>
    <name>MembersSection</name>
    <message>
        <source>Find member</source>
        <translation>查詢會員</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>儲存個人資料</translation>
    </message>
    <message>
        <source>Adjust points</source>
        <translation>調整點數</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>轉移</translation>
    </message>
    <message>
        <source>Merge duplicate</source>
        <translation>合併重複會員</translation>
    </message>
    <message>
        <source>Block card</source>
        <translation>停用會員卡</translation>
    </message>
    <message>
        <source>Re-issue card</source>
        <translation>補發會員卡</translation>
    </message>
    <message>
        <source>Export data</source>
        <translation>匯出資料</translation>
    </message>
    <message>
        <source>Erase member</source>
        <translation>清除會員</translation>
    </message>
    <message>
        <source>Inactive members</source>
        <translation>非活躍會員</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>需要處理</translation>
    </message>
    <message>
        <source>S&amp;tatement, newest first</source>
        <translation>點數明細，最新在前(&amp;T)</translation>
    </message>
    <message>
        <source>Pro&amp;file &amp;&amp; cards</source>
        <translation>個人資料與會員卡(&amp;F)</translation>
    </message>
    <message>
        <source>C&amp;onsent history</source>
        <translation>同意紀錄(&amp;O)</translation>
    </message>
    <message>
        <source>This scan is not a member card.</source>
        <translation>掃描的不是會員卡。</translation>
    </message>
    <message>
        <source>Nothing to save: the profile is as stored.</source>
        <translation>無需儲存：個人資料與已儲存的相同。</translation>
    </message>
    <message>
        <source>Profile saved.</source>
        <translation>個人資料已儲存。</translation>
    </message>
    <message>
        <source>Points adjusted: the member now has {points:,}.</source>
        <translation>點數已調整：會員現有 {points:,} 點。</translation>
    </message>
    <message>
        <source>Transferred: {giver:,} points left here, {receiver:,} with the receiver.</source>
        <translation>已轉移：此處剩 {giver:,} 點，受讓人有 {receiver:,} 點。</translation>
    </message>
    <message>
        <source>Merged: {points:,} points and {cards} card(s) moved here; now {balance:,} points.</source>
        <translation>已合併：{points:,} 點與 {cards} 張會員卡移至此處；現有 {balance:,} 點。</translation>
    </message>
    <message>
        <source>{name} has no working card to block.</source>
        <translation>{name} 沒有可停用的有效會員卡。</translation>
    </message>
    <message>
        <source>Card {number} blocked.</source>
        <translation>會員卡 {number} 已停用。</translation>
    </message>
    <message>
        <source>New card {number} issued; the old card no longer works.</source>
        <translation>已發給新卡 {number}；舊卡已失效。</translation>
    </message>
    <message>
        <source>The member&apos;s data was written to {file}.</source>
        <translation>會員資料已寫入 {file}。</translation>
    </message>
    <message>
        <source>Member erased: {points:,} points forfeited, {cards} card(s) blocked, {receipts:,} receipt(s) anonymised.</source>
        <translation>會員已清除：沒收 {points:,} 點，停用 {cards} 張會員卡，{receipts:,} 張收據已匿名化。</translation>
    </message>
    <message>
        <source>This member was already erased: nothing changed.</source>
        <translation>此會員已清除過：沒有任何變更。</translation>
    </message>
    <message>
        <source>{n:,} inactive member(s) erased; {points:,} points forfeited.</source>
        <translation>已清除 {n:,} 位非活躍會員；沒收 {points:,} 點。</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge a duplicate into {name}</source>
        <translation>將重複會員合併至 {name}</translation>
    </message>
    <message>
        <source>The duplicate&apos;s points (with their expiry dates) and cards move to {name}, and contact details {name} lacks are copied. The duplicate is closed; its sales stay on its own record. This cannot be undone.</source>
        <translation>重複會員的點數（連同到期日）與會員卡將移至 {name}，並複製 {name} 缺少的聯絡資料。重複會員將被關閉；其交易仍保留在原紀錄。此動作無法復原。</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合併</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>重複會員(&amp;D)</translation>
    </message>
    <message>
        <source>{keep} has {points:,} points and will have {total:,} after the merge. Press Enter to merge, Esc to cancel.</source>
        <translation>{keep} 現有 {points:,} 點，合併後將有 {total:,} 點。按 Enter 合併，按 Esc 取消。</translation>
    </message>
    <message>
        <source>Find the duplicate first: search, or scan its card.</source>
        <translation>請先找出重複會員：搜尋或掃描其會員卡。</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Note</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>錯誤</translation>
    </message>
</context>
<context>
    <name>OptionalDayEdit</name>
    <message>
        <source>Any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>↑↓ change the day; Delete: any day</source>
        <translation>↑↓ 變更日期；Delete：不限日期</translation>
    </message>
</context>
<context>
    <name>OtherMember</name>
    <message>
        <source>Nobody chosen yet: search, or scan their card.</source>
        <translation>尚未選擇：請搜尋或掃描其會員卡。</translation>
    </message>
    <message>
        <source>This scan is not a member card.</source>
        <translation>掃描的不是會員卡。</translation>
    </message>
</context>
<context>
    <name>PaidTierDialog</name>
    <message>
        <source>Paid membership</source>
        <translation>付費會員資格</translation>
    </message>
    <message>
        <source>Paid membership for {name}</source>
        <translation>{name} 的付費會員資格</translation>
    </message>
    <message>
        <source>Paid memberships on sale</source>
        <translation>販售中的付費會員資格</translation>
    </message>
    <message>
        <source>&amp;Membership</source>
        <translation>會員資格(&amp;M)</translation>
    </message>
    <message>
        <source>Take the fee on the shop&apos;s register first: this till records the membership and prints its slip, it takes no money.</source>
        <translation>請先在店內收銀機收取費用：本收銀台只記錄會員資格並列印收據，不收款。</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>販售</translation>
    </message>
    <message>
        <source>{name} · {fee} for {months} months</source>
        <translation>{name} · {fee}，{months} 個月</translation>
    </message>
    <message>
        <source>No paid membership is on sale. A manager adds one in the back office (Rules, Paid memberships).</source>
        <translation>目前沒有販售付費會員資格。主管可在後台管理新增（規則、付費會員資格）。</translation>
    </message>
</context>
<context>
    <name>PaidTiersTab</name>
    <message>
        <source>Paid memberships</source>
        <translation>付費會員資格</translation>
    </message>
    <message>
        <source>Sold and their fees in the range (taken on the shop&apos;s register); active and lapsed members as of today.</source>
        <translation>區間內售出數量與費用（於店內收銀機收取）；有效與已到期會員以今日為準。</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>已到期</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>會員資格</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>售出</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>營收</translation>
    </message>
</context>
<context>
    <name>PriceRulesTab</name>
    <message>
        <source>Volume</source>
        <translation>量購</translation>
    </message>
    <message>
        <source>Member price</source>
        <translation>會員價</translation>
    </message>
    <message>
        <source>Money taken off by member prices and volume steps, and the bonus points volume steps gave, on the range&apos;s sales as their receipts show them: {money} and {points:,} points in all. Returns are not netted.</source>
        <translation>此期間交易依收據所示，會員價與量購級距的折抵金額，以及量購級距給的紅利點數：合計 {money} 與 {points:,} 點。未扣除退貨。</translation>
    </message>
    <message>
        <source>Money off per rule ({currency})</source>
        <translation>各規則折抵金額（{currency}）</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>規則</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>交易</translation>
    </message>
    <message>
        <source>Money off</source>
        <translation>折抵金額</translation>
    </message>
    <message>
        <source>Bonus points</source>
        <translation>紅利點數</translation>
    </message>
</context>
<context>
    <name>PriceRulesTable</name>
    <message>
        <source>Code, barcode or name — Enter adds the product</source>
        <translation>代碼、條碼或名稱 — 按 Enter 新增商品</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Add cate&amp;gory</source>
        <translation>新增類別(&amp;G)</translation>
    </message>
    <message>
        <source>(no longer in the catalog)</source>
        <translation>（已不在商品目錄中）</translation>
    </message>
    <message>
        <source>Category: {category}</source>
        <translation>類別：{category}</translation>
    </message>
    <message>
        <source>{what}: an amount such as 35.00.</source>
        <translation>{what}：金額，例如 35.00。</translation>
    </message>
    <message>
        <source>{what}: a whole number from 0 to {maximum}.</source>
        <translation>{what}：0 到 {maximum} 的整數。</translation>
    </message>
    <message>
        <source>{what}: one of the tiers {tiers}, or empty.</source>
        <translation>{what}：等級 {tiers} 之一，或留空。</translation>
    </message>
</context>
<context>
    <name>PrizesDialog</name>
    <message>
        <source>Partner codes and giveaway draws</source>
        <translation>合作夥伴代碼與抽獎</translation>
    </message>
    <message>
        <source>Partner vouchers</source>
        <translation>合作夥伴兌換券</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>獎勵</translation>
    </message>
    <message>
        <source>Partner&apos;s offer</source>
        <translation>合作夥伴優待</translation>
    </message>
    <message>
        <source>Handed out</source>
        <translation>已發出</translation>
    </message>
    <message>
        <source>Codes left</source>
        <translation>剩餘代碼</translation>
    </message>
    <message>
        <source>Path of a .csv or .txt file, one code a line</source>
        <translation>.csv 或 .txt 檔案的路徑，每行一個代碼</translation>
    </message>
    <message>
        <source>&amp;Import codes</source>
        <translation>匯入代碼(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Reward</source>
        <translation>獎勵(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>Codes are this till&apos;s own: give each till its own file, so two tills never hand out the same code. A returned sale keeps its code.</source>
        <translation>代碼僅屬於這台收銀機：請給每台收銀機各自的檔案，兩台收銀機就不會發出同一個代碼。退貨的交易仍保留其代碼。</translation>
    </message>
    <message>
        <source>Giveaways</source>
        <translation>抽獎活動</translation>
    </message>
    <message>
        <source>Giveaway</source>
        <translation>抽獎活動</translation>
    </message>
    <message>
        <source>Entries close</source>
        <translation>截止參加</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>抽獎券</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>會員</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>種子</translation>
    </message>
    <message>
        <source>Winners</source>
        <translation>得獎者</translation>
    </message>
    <message>
        <source>&amp;Commit seed</source>
        <translation>鎖定種子(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Draw winners</source>
        <translation>抽出得獎者(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Verify draw</source>
        <translation>驗證抽獎(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Giveaway</source>
        <translation>抽獎活動(&amp;G)</translation>
    </message>
    <message>
        <source>Commit the seed before entries close: only its fingerprint is shown until the draw. After the draw the seed is shown, and anyone can recompute the winners from it and the entries (loyalty-pos giveaway verify).</source>
        <translation>請在截止參加前鎖定種子：抽獎前只顯示其指紋。抽獎後會顯示種子，任何人都能用種子和抽獎券重新算出得獎者（loyalty-pos giveaway verify）。</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>關閉 (Esc)</translation>
    </message>
    <message>
        <source>not committed</source>
        <translation>尚未鎖定</translation>
    </message>
    <message>
        <source>fingerprint {digest}</source>
        <translation>指紋 {digest}</translation>
    </message>
    <message>
        <source>not drawn</source>
        <translation>尚未抽出</translation>
    </message>
    <message>
        <source>Choose the reward and type the file&apos;s path.</source>
        <translation>請選擇獎勵並輸入檔案路徑。</translation>
    </message>
    <message>
        <source>{added:,} codes added, {duplicates:,} already there; {left:,} left to hand out.</source>
        <translation>已新增 {added:,} 個代碼，{duplicates:,} 個已存在；尚有 {left:,} 個可發出。</translation>
    </message>
    <message>
        <source>Seed committed. Its fingerprint is in the audit log: {digest}</source>
        <translation>種子已鎖定。其指紋記錄在稽核紀錄中：{digest}</translation>
    </message>
    <message>
        <source>{count} winner(s) drawn; they are listed in the table.</source>
        <translation>已抽出 {count} 位得獎者，列於表格中。</translation>
    </message>
    <message>
        <source>Verified: the seed matches its fingerprint and the entries give the same winners.</source>
        <translation>驗證通過：種子與其指紋相符，抽獎券算出相同的得獎者。</translation>
    </message>
    <message>
        <source>NOT verified: the seed or the entries have changed since the draw. Tell head office.</source>
        <translation>驗證失敗：抽獎後種子或抽獎券已被更改。請通知總部。</translation>
    </message>
</context>
<context>
    <name>PrizesTab</name>
    <message>
        <source>Partner codes handed out</source>
        <translation>已發出的合作夥伴代碼</translation>
    </message>
    <message>
        <source>Partner codes left</source>
        <translation>剩餘的合作夥伴代碼</translation>
    </message>
    <message>
        <source>Giveaway entries</source>
        <translation>抽獎券</translation>
    </message>
    <message>
        <source>Giveaway winner</source>
        <translation>抽獎得獎者</translation>
    </message>
    <message>
        <source>Instant wins</source>
        <translation>即時中獎</translation>
    </message>
    <message>
        <source>Mystery draws</source>
        <translation>神秘抽選</translation>
    </message>
    <message>
        <source>Instant wins and mystery draws in the range; partner codes and giveaways as they stand now. A giveaway&apos;s seed shows as its fingerprint until the draw.</source>
        <translation>期間內的即時中獎與神秘抽選；合作夥伴代碼與抽獎活動為目前狀態。抽獎前，抽獎活動的種子只顯示其指紋。</translation>
    </message>
    <message>
        <source>Prizes</source>
        <translation>獎品</translation>
    </message>
    <message>
        <source>What</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Count or place</source>
        <translation>數量或名次</translation>
    </message>
    <message>
        <source>Reward or campaign</source>
        <translation>獎勵或活動</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>種子</translation>
    </message>
</context>
<context>
    <name>ProductEntry</name>
    <message>
        <source>F3  Product code, barcode or name — Enter adds</source>
        <translation>F3  商品代碼、條碼或名稱 — 按 Enter 加入</translation>
    </message>
    <message>
        <source>No products match. Looking for a member? Press F2.</source>
        <translation>沒有符合的商品。要查詢會員嗎？請按 F2。</translation>
    </message>
</context>
<context>
    <name>ProductForm</name>
    <message>
        <source>optional — scan or type</source>
        <translation>選填 — 掃描或輸入</translation>
    </message>
    <message>
        <source>e.g. 25</source>
        <translation>例如 25</translation>
    </message>
    <message>
        <source>&amp;Active: on sale</source>
        <translation>上架中(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>代碼(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名稱(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Barcode</source>
        <translation>條碼(&amp;B)</translation>
    </message>
    <message>
        <source>Ca&amp;tegory</source>
        <translation>類別(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Price</source>
        <translation>價格(&amp;P)</translation>
    </message>
    <message>
        <source>Ta&amp;x rate %</source>
        <translation>稅率 %(&amp;X)</translation>
    </message>
    <message>
        <source>in {currency}, e.g. {example}</source>
        <translation>以 {currency} 計，例如 {example}</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>新增商品</translation>
    </message>
    <message>
        <source>Fill in the fields, then Ctrl+S (or Enter) saves.</source>
        <translation>填寫欄位後按 Ctrl+S（或 Enter）儲存。</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>編輯 {name}</translation>
    </message>
    <message>
        <source>Code {code}. Enter or Ctrl+S saves the changes.</source>
        <translation>代碼 {code}。按 Enter 或 Ctrl+S 儲存變更。</translation>
    </message>
    <message>
        <source>Inactive: the till does not sell it. Tick Active and save to sell it again.</source>
        <translation>未上架：收銀台不會販售此商品。勾選「上架中」並儲存即可重新販售。</translation>
    </message>
    <message>
        <source>Type the tax rate in %, 0 when there is none.</source>
        <translation>以 % 輸入稅率，無稅則輸入 0。</translation>
    </message>
    <message>
        <source>Type the price in {currency}.</source>
        <translation>以 {currency} 輸入價格。</translation>
    </message>
    <message>
        <source>{problem} Type it like {example}.</source>
        <translation>{problem} 請依 {example} 的格式輸入。</translation>
    </message>
    <message>
        <source>Reads as {amount}</source>
        <translation>讀取為 {amount}</translation>
    </message>
    <message>
        <source>New category: added when you save.</source>
        <translation>新類別：儲存時加入。</translation>
    </message>
</context>
<context>
    <name>ProductResultsModel</name>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代碼</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>價格</translation>
    </message>
</context>
<context>
    <name>ProductRulesPage</name>
    <message>
        <source>Code, barcode or name — Enter adds the product</source>
        <translation>代碼、條碼或名稱 — 按 Enter 加入商品</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代碼</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Multiplier</source>
        <translation>倍率</translation>
    </message>
    <message>
        <source>Earns</source>
        <translation>累積點數</translation>
    </message>
    <message>
        <source>Type a new multiplier on a row (100 % = the base rate, 0 % = no points); Space switches “Earns”; Del removes the row.</source>
        <translation>在列上輸入新的倍率（100 % = 基本回饋率，0 % = 不累積點數）；按空白鍵切換「累積點數」；按 Del 刪除該列。</translation>
    </message>
    <message>
        <source>&amp;Add a product with its own rule</source>
        <translation>新增有專屬規則的商品(&amp;A)</translation>
    </message>
    <message>
        <source>Products with their own &amp;rule</source>
        <translation>有專屬規則的商品(&amp;R)</translation>
    </message>
    <message>
        <source>(no longer in the catalog)</source>
        <translation>（已不在商品目錄中）</translation>
    </message>
    <message>
        <source>earns</source>
        <translation>累積點數</translation>
    </message>
</context>
<context>
    <name>ProductsSection</name>
    <message>
        <source>Products and categories</source>
        <translation>商品與類別</translation>
    </message>
    <message>
        <source>Ctrl+F  Search code, name or barcode</source>
        <translation>Ctrl+F  搜尋代碼、名稱或條碼</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>下架</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Categories  Ctrl+K</source>
        <translation>類別  Ctrl+K</translation>
    </message>
    <message>
        <source>Register sales</source>
        <translation>收銀機銷售</translation>
    </message>
    <message>
        <source>No products yet: Ctrl+N adds one, Ctrl+I imports a CSV file.</source>
        <translation>尚無商品：按 Ctrl+N 新增，按 Ctrl+I 匯入 CSV 檔案。</translation>
    </message>
    <message>
        <source>Saved {name} ({code}).</source>
        <translation>已儲存 {name}（{code}）。</translation>
    </message>
    <message>
        <source>Pick an active product in the list first.</source>
        <translation>請先在清單中選擇上架中的商品。</translation>
    </message>
    <message>
        <source>{name} has changes that are not saved: save them (Ctrl+S) or pick it again in the list to drop them, then deactivate it.</source>
        <translation>{name} 有尚未儲存的變更：請先儲存 (Ctrl+S)，或在清單中重新選取以放棄變更，再將其下架。</translation>
    </message>
    <message>
        <source>Deactivate {name}?</source>
        <translation>要下架 {name} 嗎？</translation>
    </message>
    <message>
        <source>The till stops selling {name} ({code}). It stays in the list, greyed, and can be sold again by ticking Active.</source>
        <translation>收銀台將停止販售 {name}（{code}）。商品仍以灰色保留在清單中，勾選「上架中」即可重新販售。</translation>
    </message>
    <message>
        <source>{name} is no longer sold.</source>
        <translation>{name} 已停止販售。</translation>
    </message>
    <message>
        <source>Discard your changes?</source>
        <translation>要放棄您的變更嗎？</translation>
    </message>
    <message>
        <source>The product being edited has changes that are not saved.</source>
        <translation>編輯中的商品有尚未儲存的變更。</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>放棄變更</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>mobile number</source>
        <translation>手機號碼</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD（年-月-日）</translation>
    </message>
    <message>
        <source>Marketing offers</source>
        <translation>行銷優惠</translation>
    </message>
    <message>
        <source>Data processing (required)</source>
        <translation>資料處理（必填）</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名稱(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>電話(&amp;P)</translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation>電子郵件(&amp;M)</translation>
    </message>
    <message>
        <source>Birt&amp;hday</source>
        <translation>生日(&amp;H)</translation>
    </message>
    <message>
        <source>asked by the member</source>
        <translation>會員要求</translation>
    </message>
    <message>
        <source>changed by the shop</source>
        <translation>由門市變更</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>同意事項</translation>
    </message>
    <message>
        <source>the till&apos;s language</source>
        <translation>收銀機的語言</translation>
    </message>
    <message>
        <source>Receipt language</source>
        <translation>收據語言</translation>
    </message>
    <message>
        <source>Rec&amp;eipts in</source>
        <translation>收據語言(&amp;E)</translation>
    </message>
    <message>
        <source>A change is</source>
        <translation>變更為</translation>
    </message>
    <message>
        <source>e.g. {example}</source>
        <translation>例如 {example}</translation>
    </message>
    <message>
        <source>Type the birthday as YYYY-MM-DD (or DD.MM.YYYY).</source>
        <translation>請以 YYYY-MM-DD（或 DD.MM.YYYY）格式輸入生日。</translation>
    </message>
</context>
<context>
    <name>ProgramPage</name>
    <message>
        <source>&amp;Simple points</source>
        <translation>簡單集點(&amp;S)</translation>
    </message>
    <message>
        <source>Points and &amp;tiers</source>
        <translation>集點與等級(&amp;T)</translation>
    </message>
    <message>
        <source>Stamp &amp;card: &quot;buy 9, the 10th free&quot;</source>
        <translation>集章卡：「買 9 件，第 10 件免費」(&amp;C)</translation>
    </message>
    <message>
        <source>e.g. Coffee</source>
        <translation>例如 咖啡</translation>
    </message>
    <message>
        <source>&amp;Item that earns a stamp</source>
        <translation>可集章的品項(&amp;I)</translation>
    </message>
    <message>
        <source>Its &amp;price</source>
        <translation>價格(&amp;P)</translation>
    </message>
    <message>
        <source>1 point for every {unit} spent; 100 points take {reward} off a basket. Points expire 12 months after they were earned.</source>
        <translation>每消費 {unit} 累積 1 點；100 點可折抵 {reward}。點數於累積後 12 個月到期。</translation>
    </message>
    <message>
        <source>The same points, plus Silver (25 % more points) and Gold (50 % more) for members whose spend over 12 months reaches {silver} or {gold}.</source>
        <translation>點數規則相同，另有銀卡（點數多 25 %）與金卡（多 50 %），適用於 12 個月內消費達 {silver} 或 {gold} 的會員。</translation>
    </message>
    <message>
        <source>A stamp for each item bought; {stamps} stamps make the next one free. The item is filed under &quot;{stamp_category}&quot;; file products that earn no stamps under &quot;{other}&quot;.</source>
        <translation>每購買一件品項集一章；集滿 {stamps} 章下一件免費。該品項歸入「{stamp_category}」；不集章的商品請歸入「{other}」。</translation>
    </message>
    <message>
        <source>in {currency}, e.g. {example}</source>
        <translation>以 {currency} 計，例如 {example}</translation>
    </message>
</context>
<context>
    <name>PublishSection</name>
    <message>
        <source>Esc  Cancel</source>
        <translation>Esc  取消</translation>
    </message>
    <message>
        <source>Earning</source>
        <translation>集點</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>等級</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>獎勵</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>活動</translation>
    </message>
    <message>
        <source>Simulate &amp; publish</source>
        <translation>模擬與發布</translation>
    </message>
    <message>
        <source>What &amp;changes when the draft is published</source>
        <translation>草稿發布後的變更(&amp;C)</translation>
    </message>
    <message>
        <source>Simulate last {days} days</source>
        <translation>模擬最近 {days} 天</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Replays real member sales under the published and the draft rules, side by side. Nothing is saved.</source>
        <translation>以已發布規則與草稿規則並列重跑實際的會員交易。不會儲存任何資料。</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>比較</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>捨棄草稿</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>發布</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Enter
Publish</source>
        <translation>Ctrl+Shift+Enter
發布</translation>
    </message>
    <message>
        <source>What-if on real sales:</source>
        <translation>以實際交易試算：</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>載入中…</translation>
    </message>
    <message>
        <source>There is no draft: the till uses version {published}. Edit rules, tiers or rewards to start one.</source>
        <translation>沒有草稿：收銀台使用版本 {published}。編輯規則、等級或獎勵即可開始草稿。</translation>
    </message>
    <message>
        <source>Draft version {draft} is not published yet; the till uses version {published}.</source>
        <translation>草稿版本 {draft} 尚未發布；收銀台使用版本 {published}。</translation>
    </message>
    <message>
        <source>The draft is the same as the published version.</source>
        <translation>草稿與已發布的版本相同。</translation>
    </message>
    <message>
        <source>Replaying the last {days} days…</source>
        <translation>正在重跑最近 {days} 天…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Replayed {sales} sales…</source>
        <translation>已重跑 {sales} 筆交易…</translation>
    </message>
    <message>
        <source>{sales} member sales of {members} members, {start} to {end}. A point is valued at {value} point(s).</source>
        <translation>{members} 位會員的 {sales} 筆會員交易，{start} 至 {end}。每點價值 {value} 點。</translation>
    </message>
    <message>
        <source>Simulation cancelled; nothing was changed.</source>
        <translation>已取消模擬；沒有任何變更。</translation>
    </message>
    <message>
        <source>The draft changed: simulate again to see its effect.</source>
        <translation>草稿已變更：請重新模擬以查看影響。</translation>
    </message>
    <message>
        <source>Publish version {version}</source>
        <translation>發布版本 {version}</translation>
    </message>
    <message>
        <source>Publish draft version {version} ({count} change(s))?

The till prices with it from its next sale; version {published} is retired.</source>
        <translation>要發布草稿版本 {version}（{count} 項變更）嗎？

收銀台將從下一筆交易開始套用；版本 {published} 將停用。</translation>
    </message>
    <message>
        <source>Enter  Publish version {version}</source>
        <translation>Enter  發布版本 {version}</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>發布中…</translation>
    </message>
    <message>
        <source>Version {version} published by {who} at {time}. The till uses it from its next sale.</source>
        <translation>版本 {version} 已由 {who} 於 {time} 發布。收銀台將從下一筆交易開始使用。</translation>
    </message>
    <message>
        <source>Discard draft version {version}</source>
        <translation>捨棄草稿版本 {version}</translation>
    </message>
    <message>
        <source>Throw away draft version {version}? Every unpublished edit of rules, tiers and rewards is lost; the till keeps version {published}.</source>
        <translation>要捨棄草稿版本 {version} 嗎？所有未發布的規則、等級與獎勵修改都會遺失；收銀台繼續使用版本 {published}。</translation>
    </message>
    <message>
        <source>Enter  Discard the draft</source>
        <translation>Enter  捨棄草稿</translation>
    </message>
    <message>
        <source>Draft version {version} discarded; the till is unchanged.</source>
        <translation>草稿版本 {version} 已捨棄；收銀台維持不變。</translation>
    </message>
</context>
<context>
    <name>ReceiptPreview</name>
    <message>
        <source>Enter or Esc: next sale</source>
        <translation>Enter 或 Esc：下一筆交易</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>列印收據</translation>
    </message>
    <message>
        <source>Paid {amount} ({tender}) and {card} by gift card · receipt {number}</source>
        <translation>已付 {amount}（{tender}）及禮物卡 {card} · 收據 {number}</translation>
    </message>
    <message>
        <source>TRAINING — not a sale: {amount} ({tender})</source>
        <translation>練習 — 非實際交易：{amount}（{tender}）</translation>
    </message>
    <message>
        <source>Take {amount} on the register · receipt {number}</source>
        <translation>請在收銀機收取 {amount} · 收據 {number}</translation>
    </message>
    <message>
        <source>Paid {amount} ({tender}) · receipt {number}</source>
        <translation>已付 {amount}（{tender}）· 收據 {number}</translation>
    </message>
</context>
<context>
    <name>RedeemDialog</name>
    <message>
        <source>Redeem a reward</source>
        <translation>兌換獎勵</translation>
    </message>
    <message>
        <source>Redeem for {name}</source>
        <translation>為 {name} 兌換</translation>
    </message>
    <message>
        <source>{points} points available</source>
        <translation>可用 {points} 點</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>獎勵</translation>
    </message>
    <message>
        <source>Points to pay with</source>
        <translation>用於支付的點數</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Redeem</source>
        <translation>兌換</translation>
    </message>
    <message>
        <source>This member has no rewards to choose from.</source>
        <translation>此會員沒有可選擇的獎勵。</translation>
    </message>
    <message>
        <source>{name} is not available: {reason}</source>
        <translation>{name} 無法兌換：{reason}</translation>
    </message>
    <message>
        <source>{name}: how many points? (at least {minimum}, {available} available)</source>
        <translation>{name}：要用多少點？（至少 {minimum} 點，可用 {available} 點）</translation>
    </message>
    <message>
        <source>Enter at least {minimum} points.</source>
        <translation>請輸入至少 {minimum} 點。</translation>
    </message>
    <message>
        <source>Only {available} points available; {points} is too many.</source>
        <translation>只有 {available} 點可用；{points} 點太多。</translation>
    </message>
</context>
<context>
    <name>RegionPage</name>
    <message>
        <source>&amp;Country</source>
        <translation>國家/地區(&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>幣別(&amp;U)</translation>
    </message>
    <message>
        <source>Prices, points and rewards are counted in it.</source>
        <translation>價格、點數與獎勵都以此幣別計算。</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>時區(&amp;T)</translation>
    </message>
    <message>
        <source>Type part of a city to find it.</source>
        <translation>輸入城市名稱的一部分來搜尋。</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <source>The till speaks this language and writes numbers, amounts and dates its way; each till can choose its own in Settings.</source>
        <translation>收銀機會使用此語言，並依其格式書寫數字、金額與日期；每台收銀機都可在「設定」中選擇自己的語言。</translation>
    </message>
</context>
<context>
    <name>ReissueCardDialog</name>
    <message>
        <source>Card {number} stops working at once.</source>
        <translation>會員卡 {number} 立即失效。</translation>
    </message>
    <message>
        <source>The member has no working card now.</source>
        <translation>會員目前沒有可用的會員卡。</translation>
    </message>
    <message>
        <source>Re-issue the card of {name}</source>
        <translation>補發 {name} 的會員卡</translation>
    </message>
    <message>
        <source>Scan a pre-printed card to hand over now, or leave the field empty for a new number to print later.</source>
        <translation>掃描要當場交付的預印卡，或留空以發給稍後列印的新卡號。</translation>
    </message>
    <message>
        <source>Re-issue</source>
        <translation>補發</translation>
    </message>
    <message>
        <source>Pre-printed card number (optional)</source>
        <translation>預印卡號（選填）</translation>
    </message>
    <message>
        <source>New &amp;card</source>
        <translation>新會員卡(&amp;C)</translation>
    </message>
</context>
<context>
    <name>ReportTab</name>
    <message>
        <source>Chart</source>
        <translation>圖表</translation>
    </message>
    <message>
        <source>Report table</source>
        <translation>報表表格</translation>
    </message>
</context>
<context>
    <name>ReportsSection</name>
    <message>
        <source>Liability and expiry</source>
        <translation>負債與到期</translation>
    </message>
    <message>
        <source>Liability over time</source>
        <translation>負債趨勢</translation>
    </message>
    <message>
        <source>Issued vs redeemed</source>
        <translation>發放與兌換</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>獎勵</translation>
    </message>
    <message>
        <source>Tier mix</source>
        <translation>等級分布</translation>
    </message>
    <message>
        <source>Tier movements</source>
        <translation>等級異動</translation>
    </message>
    <message>
        <source>Top members</source>
        <translation>前幾名會員</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>活動</translation>
    </message>
    <message>
        <source>End of day</source>
        <translation>日結</translation>
    </message>
    <message>
        <source>Unusual activity</source>
        <translation>異常活動</translation>
    </message>
    <message>
        <source>Member actions</source>
        <translation>會員動作</translation>
    </message>
    <message>
        <source>Gift cards</source>
        <translation>禮物卡</translation>
    </message>
    <message>
        <source>Charity donations</source>
        <translation>慈善捐贈</translation>
    </message>
    <message>
        <source>Prizes</source>
        <translation>獎品</translation>
    </message>
    <message>
        <source>Campaigns vs before</source>
        <translation>活動與之前比較</translation>
    </message>
    <message>
        <source>A/B holdout</source>
        <translation>A/B 對照組</translation>
    </message>
    <message>
        <source>Price rules</source>
        <translation>價格規則</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>報表(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>起(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>迄(&amp;T)</translation>
    </message>
    <message>
        <source>Alt+{n} Last {days} days</source>
        <translation>Alt+{n} 最近 {days} 天</translation>
    </message>
    <message>
        <source>Ctrl+E Export CSV</source>
        <translation>Ctrl+E 匯出 CSV</translation>
    </message>
    <message>
        <source>Ctrl+P Export PDF</source>
        <translation>Ctrl+P 匯出 PDF</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>載入中…</translation>
    </message>
    <message>
        <source>&amp;Save to</source>
        <translation>儲存至(&amp;S)</translation>
    </message>
    <message>
        <source>The start date must not be after the end date.</source>
        <translation>起始日不可晚於結束日。</translation>
    </message>
    <message>
        <source>{start} to {end} ({zone} days): {rate} % of the points issued were redeemed, by {members:,} member(s).</source>
        <translation>{start} 至 {end}（{zone} 日期）：已發放點數的 {rate} % 已被兌換，共 {members:,} 位會員。</translation>
    </message>
    <message>
        <source>Wait for the report to load before exporting.</source>
        <translation>請等待報表載入完成再匯出。</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>已儲存至 {path}。</translation>
    </message>
</context>
<context>
    <name>ReprintDialog</name>
    <message>
        <source>Reprint a receipt</source>
        <translation>補印收據</translation>
    </message>
    <message>
        <source>Scan the barcode at the bottom of the receipt, or type its number (e.g. R01-000123) and press Enter. The copy is marked COPY.</source>
        <translation>掃描收據底部的條碼，或輸入收據號碼（例如 R01-000123）後按 Enter。補印本會標示「副本」。</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>收據號碼</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>補印</translation>
    </message>
    <message>
        <source>That was not a receipt: scan the barcode at the bottom of the receipt.</source>
        <translation>這不是收據：請掃描收據底部的條碼。</translation>
    </message>
    <message>
        <source>Scan the receipt or type its number.</source>
        <translation>請掃描收據或輸入收據號碼。</translation>
    </message>
</context>
<context>
    <name>ResetPinDialog</name>
    <message>
        <source>The old PIN stops working at once; a lock-out is lifted too.</source>
        <translation>舊 PIN 碼立即失效；鎖定狀態也會解除。</translation>
    </message>
    <message>
        <source>New PIN for {name} ({username})</source>
        <translation>{name}（{username}）的新 PIN 碼</translation>
    </message>
</context>
<context>
    <name>RestoreOffer</name>
    <message>
        <source>loyalty-pos cannot open the shop</source>
        <translation>loyalty-pos 無法開啟商店</translation>
    </message>
    <message>
        <source>The newest backup that passes the check is {backup}, made {made}. Restore it now? Sales made after it are not in it. The damaged file is kept in the backups folder.</source>
        <translation>通過檢查的最新備份是 {backup}，建立於 {made}。要立即還原嗎？之後的交易不在其中。損壞的檔案會保留在備份資料夾中。</translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translation>還原此備份(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Members inactive for years</source>
        <translation>多年未活動的會員</translation>
    </message>
    <message>
        <source>Members with no purchase and no points activity since the cut-off. Erasing removes their personal data and forfeits their points, as Erase member does for one. Those who shop while this runs are left alone.</source>
        <translation>自截止日起沒有消費、也沒有點數異動的會員。清除會移除其個人資料並沒收點數，效果與對單一會員執行「清除會員」相同。在執行期間有消費的會員不受影響。</translation>
    </message>
    <message>
        <source>Erase all listed</source>
        <translation>清除所有列出的會員</translation>
    </message>
    <message>
        <source> year(s)</source>
        <translation> 年</translation>
    </message>
    <message>
        <source>Inactive for at &amp;least</source>
        <translation>至少未活動(&amp;L)</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>List</source>
        <translation>列出</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>會員</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>入會日</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>最後活動</translation>
    </message>
    <message>
        <source>Type {word} to erase them all</source>
        <translation>輸入 {word} 以全部清除</translation>
    </message>
    <message>
        <source>F4</source>
        <translation>F4</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>never</source>
        <translation>從未</translation>
    </message>
    <message>
        <source>Press F5 to list the members inactive that long.</source>
        <translation>按 F5 列出未活動達此期間的會員。</translation>
    </message>
    <message>
        <source>No member has been inactive since {day}.</source>
        <translation>自 {day} 起沒有未活動的會員。</translation>
    </message>
    <message>
        <source> (the first {n} shown; all are erased)</source>
        <translation> （僅顯示前 {n} 位；全部都會清除）</translation>
    </message>
    <message>
        <source>{n} member(s) inactive since {day}{more}.</source>
        <translation>{n} 位會員自 {day} 起未活動{more}。</translation>
    </message>
    <message>
        <source>Type {word} in capitals: erasing cannot be undone.</source>
        <translation>請以大寫輸入 {word}：清除後無法復原。</translation>
    </message>
</context>
<context>
    <name>ReturnLinesModel</name>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已付</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>售出</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已退貨</translation>
    </message>
    <message>
        <source>Return now</source>
        <translation>本次退貨</translation>
    </message>
    <message>
        <source>all returned</source>
        <translation>已全數退貨</translation>
    </message>
</context>
<context>
    <name>ReturnPlanPanel</name>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>A refund this large needs a manager&apos;s PIN (asked when you confirm).</source>
        <translation>這麼大額的退款需要主管 PIN 碼（確認時詢問）。</translation>
    </message>
    <message>
        <source>Choose what comes back to see the refund and the points.</source>
        <translation>選擇退回的品項，即可查看退款金額與點數。</translation>
    </message>
    <message>
        <source>{amount} to {tender}</source>
        <translation>{amount} 退至{tender}</translation>
    </message>
    <message>
        <source>No member on this sale: no points change.</source>
        <translation>此筆交易沒有會員：點數不變。</translation>
    </message>
    <message>
        <source>Points taken back: {taken} of {reversed}</source>
        <translation>收回點數：{taken} / {reversed}</translation>
    </message>
    <message>
        <source>Points taken back: {points}</source>
        <translation>收回點數：{points}</translation>
    </message>
    <message>
        <source>Points restored: {points}</source>
        <translation>退還點數：{points}</translation>
    </message>
    <message>
        <source>Balance change: {change}</source>
        <translation>餘額變動：{change}</translation>
    </message>
    <message>
        <source>The member&apos;s balance cannot cover the {reversed} points earned on these items: only {taken} are taken back, and the balance is flagged for a manager.</source>
        <translation>會員餘額不足以扣回這些品項累積的 {reversed} 點：僅收回 {taken} 點，並標記餘額待主管處理。</translation>
    </message>
    <message>
        <source>The member&apos;s balance cannot cover the {reversed} points earned on these items: it goes below zero, and is flagged for a manager.</source>
        <translation>會員餘額不足以扣回這些品項累積的 {reversed} 點：餘額將低於零，並標記待主管處理。</translation>
    </message>
</context>
<context>
    <name>ReturnsDialog</name>
    <message>
        <source>Return items — TRAINING, nothing is saved</source>
        <translation>退貨 — 練習模式，不會儲存</translation>
    </message>
    <message>
        <source>Return items</source>
        <translation>退貨</translation>
    </message>
    <message>
        <source>&amp;Receipt</source>
        <translation>收據(&amp;R)</translation>
    </message>
    <message>
        <source>Scan the receipt&apos;s barcode or type its number, e.g. R01-000123</source>
        <translation>掃描收據條碼或輸入號碼，例如 R01-000123</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>收據號碼</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Find sale</source>
        <translation>查詢交易</translation>
    </message>
    <message>
        <source>Lines of the sale</source>
        <translation>本筆交易的品項</translation>
    </message>
    <message>
        <source>Type how many of a line come back in its Return column</source>
        <translation>在該品項的「退貨」欄輸入退回的數量</translation>
    </message>
    <message>
        <source>↑ ↓ pick a line · type the quantity to return · + / − change it · F7 everything</source>
        <translation>↑ ↓ 選擇品項 · 輸入退貨數量 · + / − 調整 · F7 全部退貨</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>F7</source>
        <translation>F7</translation>
    </message>
    <message>
        <source>Return everything</source>
        <translation>全部退貨</translation>
    </message>
    <message>
        <source>Enter / F9</source>
        <translation>Enter / F9</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Saving the return; scan again in a moment.</source>
        <translation>正在儲存退貨；請稍後再掃描。</translation>
    </message>
    <message>
        <source>a member card</source>
        <translation>會員卡</translation>
    </message>
    <message>
        <source>a product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>That was {what}, not a receipt: scan the barcode at the bottom of the receipt.</source>
        <translation>這是{what}，不是收據：請掃描收據底部的條碼。</translation>
    </message>
    <message>
        <source>Scan the receipt or type its number.</source>
        <translation>請掃描收據或輸入收據號碼。</translation>
    </message>
    <message>
        <source>Sold {when} by {cashier}</source>
        <translation>{when} 由 {cashier} 售出</translation>
    </message>
    <message>
        <source>paid {total} by {tender}</source>
        <translation>以{tender}支付 {total}</translation>
    </message>
    <message>
        <source>member {name}</source>
        <translation>會員 {name}</translation>
    </message>
    <message>
        <source>no member</source>
        <translation>非會員</translation>
    </message>
    <message>
        <source>Everything on receipt {receipt} was already returned.</source>
        <translation>收據 {receipt} 上的品項都已退貨。</translation>
    </message>
    <message>
        <source>Choose what comes back: type a quantity on a line (F7 for everything).</source>
        <translation>選擇退回的品項：在品項列輸入數量（F7 全部退貨）。</translation>
    </message>
    <message>
        <source>a refund of {amount}</source>
        <translation>退款 {amount}</translation>
    </message>
</context>
<context>
    <name>RewardFields</name>
    <message>
        <source>&amp;Kind</source>
        <translation>類型(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名稱(&amp;N)</translation>
    </message>
    <message>
        <source>Optional, shown to the cashier</source>
        <translation>選填，顯示給收銀員</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>說明</translation>
    </message>
    <message>
        <source> points</source>
        <translation> 點</translation>
    </message>
    <message>
        <source>&amp;Price</source>
        <translation>價格(&amp;P)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Percent off</source>
        <translation>折扣百分比</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>適用於</translation>
    </message>
    <message>
        <source>Search name, code or barcode</source>
        <translation>搜尋名稱、代碼或條碼</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Free items</source>
        <translation>免費品項</translation>
    </message>
    <message>
        <source>Buy</source>
        <translation>買</translation>
    </message>
    <message>
        <source>get</source>
        <translation>送</translation>
    </message>
    <message>
        <source>free</source>
        <translation>免費</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>優惠</translation>
    </message>
    <message>
        <source> pts</source>
        <translation> 點</translation>
    </message>
    <message>
        <source>Worth</source>
        <translation>價值</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>圖片</translation>
    </message>
    <message>
        <source>Offered at the till</source>
        <translation>於收銀台提供</translation>
    </message>
    <message>
        <source>Untick to retire the reward; tick to offer a retired one again</source>
        <translation>取消勾選即停用獎勵；勾選可重新提供已停用的獎勵</translation>
    </message>
    <message>
        <source>first day</source>
        <translation>第一天</translation>
    </message>
    <message>
        <source>last day</source>
        <translation>最後一天</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>生效日</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>截止日</translation>
    </message>
    <message>
        <source>&amp;Tier</source>
        <translation>等級(&amp;T)</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>&amp;Limit</source>
        <translation>限制(&amp;L)</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>計算方式</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>無限量</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>庫存</translation>
    </message>
    <message>
        <source>Min. basket</source>
        <translation>最低消費</translation>
    </message>
    <message>
        <source>Del removes the selected product</source>
        <translation>按 Del 移除所選商品</translation>
    </message>
    <message>
        <source>Add a product it never applies to</source>
        <translation>新增永不適用的商品</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>排除</translation>
    </message>
    <message>
        <source>Tick to set the {day}; unticked: no limit</source>
        <translation>勾選以設定{day}；不勾選：不限</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>抵用金</translation>
    </message>
    <message>
        <source>Amount off</source>
        <translation>折抵金額</translation>
    </message>
    <message>
        <source>Min. points</source>
        <translation>最低點數</translation>
    </message>
    <message>
        <source>No product chosen yet</source>
        <translation>尚未選擇商品</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; ({code})</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;（{code}）</translation>
    </message>
</context>
<context>
    <name>RewardForm</name>
    <message>
        <source>Any tier</source>
        <translation>任何等級</translation>
    </message>
    <message>
        <source>The whole basket</source>
        <translation>整筆購物</translation>
    </message>
    <message>
        <source>Type an amount like 50.00.</source>
        <translation>請依 50.00 的格式輸入金額。</translation>
    </message>
    <message>
        <source>Type each reward as id: weight, separated by commas.</source>
        <translation>每個獎勵請輸入「代號：權重」，以逗號分隔。</translation>
    </message>
</context>
<context>
    <name>RewardKinds</name>
    <message>
        <source>Amount off</source>
        <translation>折抵金額</translation>
    </message>
    <message>
        <source>Percent off</source>
        <translation>折扣百分比</translation>
    </message>
    <message>
        <source>Free product</source>
        <translation>免費商品</translation>
    </message>
    <message>
        <source>Buy X get Y</source>
        <translation>買 X 送 Y</translation>
    </message>
    <message>
        <source>Pay with points</source>
        <translation>以點數折抵</translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation>門市抵用金</translation>
    </message>
    <message>
        <source>Partner voucher</source>
        <translation>合作夥伴兌換券</translation>
    </message>
    <message>
        <source>Giveaway entry</source>
        <translation>抽獎券</translation>
    </message>
    <message>
        <source>Mystery reward</source>
        <translation>神秘獎勵</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>每日</translation>
    </message>
    <message>
        <source>per week</source>
        <translation>每週</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>per year</source>
        <translation>每年</translation>
    </message>
    <message>
        <source>in total</source>
        <translation>總計</translation>
    </message>
</context>
<context>
    <name>RewardPreview</name>
    <message>
        <source>As the cashier sees it</source>
        <translation>收銀員看到的畫面</translation>
    </message>
    <message>
        <source>Sample member&apos;s points</source>
        <translation>範例會員的點數</translation>
    </message>
    <message>
        <source> pts</source>
        <translation> 點</translation>
    </message>
    <message>
        <source>&amp;Member</source>
        <translation>會員(&amp;M)</translation>
    </message>
    <message>
        <source>A sample member with a basket the reward applies to</source>
        <translation>一位購物內容適用此獎勵的範例會員</translation>
    </message>
    <message>
        <source>Member panel</source>
        <translation>會員面板</translation>
    </message>
    <message>
        <source>Redeem list (F4)</source>
        <translation>兌換清單 (F4)</translation>
    </message>
</context>
<context>
    <name>RewardTable</name>
    <message>
        <source>Rewards</source>
        <translation>獎勵</translation>
    </message>
</context>
<context>
    <name>RewardsModel</name>
    <message>
        <source>Reward</source>
        <translation>獎勵</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>點數</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>目前</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>可兌換</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>不可兌換</translation>
    </message>
    <message>
        <source>from </source>
        <translation>自 </translation>
    </message>
</context>
<context>
    <name>RewardsSection</name>
    <message>
        <source>Saves go to the draft: the till keeps the published rewards until the draft is published ({key}).</source>
        <translation>儲存內容會進入草稿：草稿發布前，收銀台仍使用已發布的獎勵（{key}）。</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>New reward</source>
        <translation>新增獎勵</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Save to draft</source>
        <translation>儲存至草稿</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>Codes and draws</source>
        <translation>代碼與抽獎</translation>
    </message>
    <message>
        <source>This reward has unsaved changes: Ctrl+S saves them to the draft; do the same again to drop them.</source>
        <translation>此獎勵有尚未儲存的變更：按 Ctrl+S 存入草稿；再按一次則放棄變更。</translation>
    </message>
    <message>
        <source>Not saved: fix the fields marked in red.</source>
        <translation>未儲存：請修正標示為紅色的欄位。</translation>
    </message>
    <message>
        <source>“{name}” saved to the draft. Publish the draft ({key}) to offer it at the till.</source>
        <translation>「{name}」已存入草稿。發布草稿（{key}）後即可在收銀台提供。</translation>
    </message>
    <message>
        <source>Choose the reward to retire in the list first.</source>
        <translation>請先在清單中選擇要停用的獎勵。</translation>
    </message>
    <message>
        <source>“{name}” is already retired; tick “Offered at the till” and save to offer it again.</source>
        <translation>「{name}」已停用；勾選「於收銀台提供」並儲存即可重新提供。</translation>
    </message>
    <message>
        <source>“{name}” retired in the draft; the till stops offering it once the draft is published.</source>
        <translation>「{name}」已在草稿中停用；草稿發布後收銀台將不再提供。</translation>
    </message>
    <message>
        <source>Editing “{name}”</source>
        <translation>編輯「{name}」</translation>
    </message>
    <message>
        <source> · unsaved changes</source>
        <translation> · 尚未儲存的變更</translation>
    </message>
    <message>
        <source>The preview appears once the form is complete: {problem}</source>
        <translation>表單填寫完整後才會顯示預覽：{problem}</translation>
    </message>
</context>
<context>
    <name>RewardsTab</name>
    <message>
        <source>Points redeemed per reward</source>
        <translation>各獎勵兌換的點數</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>獎勵</translation>
    </message>
    <message>
        <source>Redemptions</source>
        <translation>兌換次數</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>點數</translation>
    </message>
    <message>
        <source>Share %</source>
        <translation>占比 %</translation>
    </message>
</context>
<context>
    <name>RulesSection</name>
    <message>
        <source>{name}: the multiplier is a whole percent, such as 150.</source>
        <translation>{name}：倍率須為整數百分比，例如 150。</translation>
    </message>
    <message>
        <source>Earning rules &amp; tiers</source>
        <translation>集點規則與等級</translation>
    </message>
    <message>
        <source>Save to draft</source>
        <translation>儲存至草稿</translation>
    </message>
    <message>
        <source>Undo unsaved edits</source>
        <translation>復原未儲存的修改</translation>
    </message>
    <message>
        <source>Unsaved edits undone.</source>
        <translation>已復原未儲存的修改。</translation>
    </message>
    <message>
        <source>&amp;Earning</source>
        <translation>集點(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Product rules</source>
        <translation>商品規則(&amp;P)</translation>
    </message>
    <message>
        <source>T&amp;iers</source>
        <translation>等級(&amp;I)</translation>
    </message>
    <message>
        <source>E&amp;xpiry</source>
        <translation>到期(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Limits</source>
        <translation>限制(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Gift cards &amp;&amp; charity</source>
        <translation>禮物卡與慈善(&amp;G)</translation>
    </message>
    <message>
        <source>C&amp;hallenges &amp;&amp; badges</source>
        <translation>挑戰與徽章(&amp;H)</translation>
    </message>
    <message>
        <source>Member pri&amp;ces</source>
        <translation>會員價(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Volume</source>
        <translation>量購(&amp;V)</translation>
    </message>
    <message>
        <source>Editing draft version {draft} (the till uses version {published}). Publish it under Simulate &amp; publish.</source>
        <translation>正在編輯草稿版本 {draft}（收銀台使用版本 {published}）。請在「模擬與發布」中發布。</translation>
    </message>
    <message>
        <source>No draft yet: your first save starts draft version {draft} from the published version {published}.</source>
        <translation>尚無草稿：第一次儲存將以已發布版本 {published} 為基礎建立草稿版本 {draft}。</translation>
    </message>
    <message>
        <source>No changes to save.</source>
        <translation>沒有需要儲存的變更。</translation>
    </message>
    <message>
        <source>Nothing saved: fix the fields marked in red.</source>
        <translation>未儲存：請修正標示為紅色的欄位。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>儲存中…</translation>
    </message>
    <message>
        <source>Saved to draft version {version}. The till still uses the published version until you publish.</source>
        <translation>已存入草稿版本 {version}。在您發布前，收銀台仍使用已發布的版本。</translation>
    </message>
</context>
<context>
    <name>SaleScreen</name>
    <message>
        <source>Welcome back: your parked sale is restored.</source>
        <translation>歡迎回來：您暫存的交易已恢復。</translation>
    </message>
    <message>
        <source>{name}&apos;s membership is {status}: no points on this sale.</source>
        <translation>{name} 的會員資格為{status}：此筆交易不累積點數。</translation>
    </message>
    <message>
        <source>Rewards of the previous member were removed.</source>
        <translation>前一位會員的獎勵已移除。</translation>
    </message>
    <message>
        <source>Member: {name}</source>
        <translation>會員：{name}</translation>
    </message>
    <message>
        <source>{name} is priced in {currency}; it cannot be sold here.</source>
        <translation>{name} 以 {currency} 計價；無法在此販售。</translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation>已移除 {name}。</translation>
    </message>
    <message>
        <source>Redeemed: {what}</source>
        <translation>已兌換：{what}</translation>
    </message>
    <message>
        <source>Not sold: {reason}</source>
        <translation>未售出：{reason}</translation>
    </message>
    <message>
        <source>Not redeemed: {reason}</source>
        <translation>未兌換：{reason}</translation>
    </message>
</context>
<context>
    <name>SalesImportPanel</name>
    <message>
        <source>Sales rung up on your own cash register earn points when their CSV export is imported. Columns: card or phone, amount, date, time (optional), receipt, register and category (optional). Semicolons and decimal commas are fine. A receipt already recorded is skipped; each row earns under the program in force on its date.</source>
        <translation>在您自己收銀機上結帳的交易，匯入其 CSV 匯出檔後即可累積點數。欄位：會員卡或電話、金額、日期、時間（選填）、收據、收銀機與類別（選填）。可使用分號與小數逗號。已記錄的收據會略過；每一列依其日期當時有效的方案累積點數。</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>Import register sales…</source>
        <translation>匯入收銀機銷售…</translation>
    </message>
    <message>
        <source>Import register sales from CSV</source>
        <translation>從 CSV 匯入收銀機銷售</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 檔案 (*.csv);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Nothing was imported from {file}.</source>
        <translation>未從 {file} 匯入任何資料。</translation>
    </message>
    <message>
        <source>Register sales imported from {file}: {imported}; refused: {refused}.</source>
        <translation>已從 {file} 匯入收銀機銷售：{imported}；拒絕：{refused}。</translation>
    </message>
</context>
<context>
    <name>SalesReportDialog</name>
    <message>
        <source>Register sales — imported</source>
        <translation>收銀機銷售 — 已匯入</translation>
    </message>
    <message>
        <source>Register sales — check</source>
        <translation>收銀機銷售 — 檢查</translation>
    </message>
    <message>
        <source>{file}: imported</source>
        <translation>{file}：已匯入</translation>
    </message>
    <message>
        <source>{file}: nothing has been imported yet</source>
        <translation>{file}：尚未匯入任何資料</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>匯入</translation>
    </message>
    <message>
        <source>to import</source>
        <translation>待匯入</translation>
    </message>
    <message>
        <source>{accepted} {verb}, {refused} refused (the reason is on each row).</source>
        <translation>{accepted} 筆{verb}，{refused} 筆遭拒（原因列於各列）。</translation>
    </message>
    <message>
        <source>will be imported</source>
        <translation>將匯入</translation>
    </message>
    <message>
        <source>refused: {why}</source>
        <translation>拒絕：{why}</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行號</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>收據</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>點數</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Cancel — import nothing</source>
        <translation>取消 — 不匯入任何資料</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Import {rows}</source>
        <translation>匯入 {rows}</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 列</translation>
    </message>
    <message>
        <source>{count} rows</source>
        <translation>{count} 列</translation>
    </message>
</context>
<context>
    <name>ScanText</name>
    <message>
        <source>Nothing was scanned.</source>
        <translation>沒有掃描到任何內容。</translation>
    </message>
    <message>
        <source>The scan is too long to be a card, product or receipt code.</source>
        <translation>掃描內容太長，不是會員卡、商品或收據條碼。</translation>
    </message>
    <message>
        <source>The scan contains control characters; check the scanner&apos;s settings and scan again.</source>
        <translation>掃描內容含有控制字元；請檢查掃描器的設定後重新掃描。</translation>
    </message>
    <message>
        <source>This is not a member card, product or receipt code.</source>
        <translation>這不是會員卡、商品或收據的條碼。</translation>
    </message>
    <message>
        <source>The scanner seems to use a different keyboard layout than this computer; set the scanner&apos;s keyboard language to match.</source>
        <translation>掃描器使用的鍵盤配置似乎與這台電腦不同；請將掃描器的鍵盤語言設為相同。</translation>
    </message>
    <message>
        <source>This card&apos;s QR code is damaged or incomplete; scan the barcode or type the card number.</source>
        <translation>此會員卡的 QR 碼已損壞或不完整；請掃描條碼或輸入卡號。</translation>
    </message>
    <message>
        <source>This QR code uses an unknown card format ({format}); scan the barcode or type the card number.</source>
        <translation>此 QR 碼使用未知的會員卡格式（{format}）；請掃描條碼或輸入卡號。</translation>
    </message>
    <message>
        <source>A card number has digits only.</source>
        <translation>卡號只能包含數字。</translation>
    </message>
    <message>
        <source>The card number in this QR code contains characters other than digits.</source>
        <translation>此 QR 碼中的卡號含有數字以外的字元。</translation>
    </message>
    <message>
        <source>This card&apos;s QR code was not issued by this shop (its signature does not match).</source>
        <translation>此會員卡的 QR 碼不是本店發行的（簽章不符）。</translation>
    </message>
    <message>
        <source>A card number has {length} digits; this one has {count}.</source>
        <translation>卡號為 {length} 位數；此號碼為 {count} 位。</translation>
    </message>
    <message>
        <source>The card number&apos;s check digit is wrong; scan it again or retype it.</source>
        <translation>卡號的檢查碼錯誤；請重新掃描或重新輸入。</translation>
    </message>
    <message>
        <source>No member has this card.</source>
        <translation>沒有會員使用這張會員卡。</translation>
    </message>
    <message>
        <source>No sale has this receipt number.</source>
        <translation>找不到此收據號碼的交易。</translation>
    </message>
    <message>
        <source>No product has the code {value}.</source>
        <translation>找不到代碼為 {value} 的商品。</translation>
    </message>
    <message>
        <source>Card refused: this card is blocked.</source>
        <translation>會員卡遭拒：此卡已停用。</translation>
    </message>
    <message>
        <source>Card refused: this card was replaced by a newer card.</source>
        <translation>會員卡遭拒：此卡已由新卡取代。</translation>
    </message>
    <message>
        <source>Card refused: this member is blocked.</source>
        <translation>會員卡遭拒：此會員已停用。</translation>
    </message>
    <message>
        <source>Card refused: this member&apos;s data was erased.</source>
        <translation>會員卡遭拒：此會員的資料已清除。</translation>
    </message>
    <message>
        <source>Card refused: this member was merged into another member.</source>
        <translation>會員卡遭拒：此會員已合併至另一位會員。</translation>
    </message>
    <message>
        <source>receipt {value}</source>
        <translation>收據 {value}</translation>
    </message>
    <message>
        <source>product code {value}</source>
        <translation>商品代碼 {value}</translation>
    </message>
    <message>
        <source>member card {value}</source>
        <translation>會員卡 {value}</translation>
    </message>
    <message>
        <source>gift card {value}</source>
        <translation>禮物卡 {value}</translation>
    </message>
</context>
<context>
    <name>SearchList</name>
    <message>
        <source>Search results</source>
        <translation>搜尋結果</translation>
    </message>
    <message>
        <source>↑↓ choose · Enter picks · Esc cancels</source>
        <translation>↑↓ 選擇 · Enter 確定 · Esc 取消</translation>
    </message>
    <message>
        <source>No matches for “{text}”.</source>
        <translation>找不到符合「{text}」的結果。</translation>
    </message>
    <message>
        <source>Searching “{text}”…</source>
        <translation>正在搜尋「{text}」…</translation>
    </message>
    <message>
        <source>Type at least {n} characters.</source>
        <translation>請輸入至少 {n} 個字元。</translation>
    </message>
</context>
<context>
    <name>SegmentsDialog</name>
    <message>
        <source>Segments</source>
        <translation>客群</translation>
    </message>
    <message>
        <source>Groups of members a campaign can be aimed at (For segment). Members are counted today, by the rule the till applies; changes reach the till when the draft is published.</source>
        <translation>活動可以鎖定的會員群組（適用客群）。會員數以今天、依收銀機採用的規則計算；變更會在草稿發布後傳到收銀機。</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>客群</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>條件</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>會員</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>活動</translation>
    </message>
    <message>
        <source>Lapsed: no visit in the last N days</source>
        <translation>流失：最近 N 天未來店</translation>
    </message>
    <message>
        <source>Frequent: at least N visits in the last days</source>
        <translation>常客：最近幾天至少來店 N 次</translation>
    </message>
    <message>
        <source>Spend: at least an amount in the last days</source>
        <translation>消費：最近幾天至少消費一定金額</translation>
    </message>
    <message>
        <source>Tier: members in one tier</source>
        <translation>等級：同一等級的會員</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source> visits</source>
        <translation> 次</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名稱(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>類型(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Tier</source>
        <translation>等級(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Look back</source>
        <translation>回溯天數(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Visits</source>
        <translation>來店次數(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Spend</source>
        <translation>消費額(&amp;S)</translation>
    </message>
    <message>
        <source>New segment</source>
        <translation>新增客群</translation>
    </message>
    <message>
        <source>Remove segment</source>
        <translation>移除客群</translation>
    </message>
    <message>
        <source>Save to draft</source>
        <translation>儲存至草稿</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>{tier} tier</source>
        <translation>{tier} 等級</translation>
    </message>
    <message>
        <source>{visits} or more visits in {days} days</source>
        <translation>{days} 天內來店 {visits} 次以上</translation>
    </message>
    <message>
        <source>{amount} or more in {days} days</source>
        <translation>{days} 天內消費 {amount} 以上</translation>
    </message>
    <message>
        <source>No visit in {days} days</source>
        <translation>{days} 天內未來店</translation>
    </message>
    <message>
        <source>{name} saved to the draft.</source>
        <translation>{name} 已存入草稿。</translation>
    </message>
    <message>
        <source>Not saved: fix the fields marked in red.</source>
        <translation>未儲存：請修正標示為紅色的欄位。</translation>
    </message>
    <message>
        <source>{name} taken out of the draft.</source>
        <translation>{name} 已從草稿中移除。</translation>
    </message>
</context>
<context>
    <name>SettingsSection</name>
    <message>
        <source>PDF files in a folder</source>
        <translation>資料夾中的 PDF 檔案</translation>
    </message>
    <message>
        <source>A printer installed on this computer</source>
        <translation>這台電腦上安裝的印表機</translation>
    </message>
    <message>
        <source>Receipt printer (ESC/POS) on a device</source>
        <translation>裝置上的收據印表機（ESC/POS）</translation>
    </message>
    <message>
        <source>Receipt printer (ESC/POS) on the network</source>
        <translation>網路上的收據印表機（ESC/POS）</translation>
    </message>
    <message>
        <source>Receipt printer (ESC/POS) on USB (vendor:product)</source>
        <translation>USB 收據印表機（ESC/POS，廠商:產品）</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>↑↓ choose a group, Tab to its fields; Ctrl+S saves the group on screen. Every change is checked and written to the audit log.</source>
        <translation>↑↓ 選擇群組，Tab 移至欄位；按 Ctrl+S 儲存畫面上的群組。每項變更都會經過檢查並寫入稽核紀錄。</translation>
    </message>
    <message>
        <source>Settings groups</source>
        <translation>設定群組</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Save this group</source>
        <translation>儲存此群組</translation>
    </message>
    <message>
        <source>Shop profile</source>
        <translation>門市資料</translation>
    </message>
    <message>
        <source>The name, address and texts printed on every new receipt (receipts already printed keep theirs). At most 4 lines of 64 characters each.</source>
        <translation>每張新收據上列印的名稱、地址與文字（已列印的收據維持原樣）。最多 4 行，每行 64 個字元。</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>門市名稱</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Street, post code and town</source>
        <translation>街道、郵遞區號與城市</translation>
    </message>
    <message>
        <source>Receipt header</source>
        <translation>收據抬頭</translation>
    </message>
    <message>
        <source>Printed under the address, e.g. the company number</source>
        <translation>列印在地址下方，例如統一編號</translation>
    </message>
    <message>
        <source>Receipt footer</source>
        <translation>收據頁尾</translation>
    </message>
    <message>
        <source>Empty: &quot;Thank you for shopping with us!&quot;</source>
        <translation>留空：「謝謝光臨！」</translation>
    </message>
    <message>
        <source>Header…</source>
        <translation>頁首…</translation>
    </message>
    <message>
        <source>Footer…</source>
        <translation>頁尾…</translation>
    </message>
    <message>
        <source>Translations</source>
        <translation>翻譯</translation>
    </message>
    <message>
        <source>Choose PNG…</source>
        <translation>選擇 PNG…</translation>
    </message>
    <message>
        <source>Use the program&apos;s logo</source>
        <translation>使用程式的標誌</translation>
    </message>
    <message>
        <source>Logo (on cards)</source>
        <translation>標誌（印在會員卡上）</translation>
    </message>
    <message>
        <source>{text}: translations</source>
        <translation>{text}：翻譯</translation>
    </message>
    <message>
        <source>Money and tax</source>
        <translation>金額與稅務</translation>
    </message>
    <message>
        <source>The currency is the loyalty program&apos;s and every product&apos;s: until the first sale it can change to one with the same decimals (prices and thresholds keep their numbers); after that it is fixed, as every amount stored is in it.</source>
        <translation>此幣別同時適用於會員方案與所有商品：在第一筆交易前，可改為小數位數相同的幣別（價格與門檻數字不變）；之後即固定不變，因為所有已儲存的金額都以此幣別計算。</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>幣別</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>價格</translation>
    </message>
    <message>
        <source>include tax (VAT)</source>
        <translation>含稅（營業稅）</translation>
    </message>
    <message>
        <source>are before tax</source>
        <translation>未稅</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地區</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>時區</translation>
    </message>
    <message>
        <source>Times on screen and on receipts are shown in the shop&apos;s time zone; a change asks first. Numbers, amounts and dates are written as the shop&apos;s language writes them, on every till; each till may speak its own language, and a member&apos;s receipt speaks theirs.</source>
        <translation>螢幕與收據上的時間以商店的時區顯示；變更前會先確認。數字、金額與日期在每台收銀機上都依商店語言的格式書寫；每台收銀機可使用自己的語言，會員的收據則使用會員的語言。</translation>
    </message>
    <message>
        <source>Shop language</source>
        <translation>商店語言</translation>
    </message>
    <message>
        <source>This till speaks</source>
        <translation>本收銀機使用</translation>
    </message>
    <message>
        <source>The shop&apos;s language</source>
        <translation>商店的語言</translation>
    </message>
    <message>
        <source>A new language shows the next time the till starts.</source>
        <translation>新的語言將在下次啟動收銀機時生效。</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>國家/地區</translation>
    </message>
    <message>
        <source>Printers</source>
        <translation>印表機</translation>
    </message>
    <message>
        <source>Where receipts print (used from the next receipt) and the paper cards print on. Ctrl+T prints a short test receipt to the output chosen here, saved or not.</source>
        <translation>收據列印的位置（從下一張收據開始使用）以及紙本會員卡的列印位置。按 Ctrl+T 可將簡短的測試收據輸出至此處選擇的位置，無論是否已儲存。</translation>
    </message>
    <message>
        <source>Receipt output</source>
        <translation>收據輸出</translation>
    </message>
    <message>
        <source>Folder, printer, device or address</source>
        <translation>資料夾、印表機、裝置或位址</translation>
    </message>
    <message>
        <source>Receipt paper width</source>
        <translation>收據紙寬</translation>
    </message>
    <message>
        <source>Receipts go to</source>
        <translation>收據輸出至</translation>
    </message>
    <message>
        <source>Folder / printer / device</source>
        <translation>資料夾／印表機／裝置</translation>
    </message>
    <message>
        <source>Receipt paper</source>
        <translation>收據紙</translation>
    </message>
    <message>
        <source>Card sheets</source>
        <translation>會員卡頁</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Test print</source>
        <translation>測試列印</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>備份</translation>
    </message>
    <message>
        <source>The till backs the shop&apos;s data and card key up into this folder once a day (when it starts, then daily) and deletes its own daily backups once older than the days kept. Back up now makes one at once. Restore replaces the shop&apos;s data with a backup (the data and card key it replaces are kept) and needs the till restarted. Backups off this computer are sealed with the passphrase in the data folder&apos;s backup-passphrase file; keep a copy of it away from the till.</source>
        <translation>收銀程式每天一次（啟動時，之後每天）將門市資料與卡片金鑰備份到此資料夾，並刪除超過保留天數的自身每日備份。「立即備份」會馬上建立一份備份。「還原」會以備份取代門市資料（被取代的資料與卡片金鑰會保留），之後須重新啟動收銀程式。存放在本機以外的備份會以資料夾中 backup-passphrase 檔案的密語加密封存；請將其副本存放在遠離收銀機的地方。</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>備份資料夾</translation>
    </message>
    <message>
        <source>Keep daily backups</source>
        <translation>保留每日備份</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Folder is off-site</source>
        <translation>資料夾位於異地</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Yes: seal backups</source>
        <translation>是：加密封存備份</translation>
    </message>
    <message>
        <source>Restore drill</source>
        <translation>還原演練</translation>
    </message>
    <message>
        <source>Not run yet: the till runs it weekly.</source>
        <translation>尚未執行：收銀程式每週執行一次。</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即備份</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>還原…</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Run the drill now</source>
        <translation>立即執行演練</translation>
    </message>
    <message>
        <source>Fixed: the shop has made sales in this country.</source>
        <translation>已固定：門市已在此國家/地區有交易。</translation>
    </message>
    <message>
        <source>Can change until the first sale.</source>
        <translation>在第一筆交易前可變更。</translation>
    </message>
    <message>
        <source>Fixed: the shop has made sales in {currency}.</source>
        <translation>已固定：門市已有以 {currency} 計價的交易。</translation>
    </message>
    <message>
        <source>Nothing changed in {group}.</source>
        <translation>{group} 沒有任何變更。</translation>
    </message>
    <message>
        <source>Every price, threshold and reward value keeps its number, now in {currency}: the program and the products are rewritten, and the change is audited.</source>
        <translation>所有價格、門檻與獎勵金額的數字不變，改以 {currency} 計價：會員方案與商品會重新寫入，並記錄於稽核紀錄。</translation>
    </message>
    <message>
        <source>Change the currency to {currency}?</source>
        <translation>要將幣別改為 {currency} 嗎？</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>變更</translation>
    </message>
    <message>
        <source>From now on the till shows times, and counts days, in {zone}. Times already printed stay as printed.</source>
        <translation>從現在起，收銀程式將以 {zone} 顯示時間並計算日期。已列印的時間維持不變。</translation>
    </message>
    <message>
        <source>Change the time zone?</source>
        <translation>要變更時區嗎？</translation>
    </message>
    <message>
        <source>{group} saved; the way of selling changes at the next sign-in.</source>
        <translation>{group} 已儲存；銷售方式將於下次登入時變更。</translation>
    </message>
    <message>
        <source>{group} saved; a new language and number format show the next time the till starts.</source>
        <translation>已儲存{group}；新的語言與數字格式將在下次啟動收銀機時生效。</translation>
    </message>
    <message>
        <source>{group} saved; the till uses it from now on.</source>
        <translation>{group} 已儲存；收銀台即刻起套用。</translation>
    </message>
    <message>
        <source>Choose the shop&apos;s logo</source>
        <translation>選擇門市標誌</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG 圖片 (*.png)</translation>
    </message>
    <message>
        <source>The program&apos;s logo</source>
        <translation>程式的標誌</translation>
    </message>
    <message>
        <source>Empty: {folder}</source>
        <translation>留空：{folder}</translation>
    </message>
    <message>
        <source>The printer&apos;s name, as the system lists it</source>
        <translation>印表機名稱（與系統列出的相同）</translation>
    </message>
    <message>
        <source>Test receipt printed to {where}.</source>
        <translation>測試收據已輸出至 {where}。</translation>
    </message>
    <message>
        <source>Restoring the latest backup aside and checking it…</source>
        <translation>正在另行還原最新備份並進行檢查…</translation>
    </message>
    <message>
        <source>Restore drill FAILED: {problem}</source>
        <translation>還原演練失敗：{problem}</translation>
    </message>
    <message>
        <source>Not run: {error}</source>
        <translation>未執行：{error}</translation>
    </message>
    <message>
        <source>Not run yet: the till runs it weekly, or press Ctrl+D.</source>
        <translation>尚未執行：收銀程式每週執行一次，或按 Ctrl+D。</translation>
    </message>
    <message>
        <source> — {days} days ago, overdue</source>
        <translation> — {days} 天前，已逾期</translation>
    </message>
    <message>
        <source>(no backup)</source>
        <translation>（無備份）</translation>
    </message>
    <message>
        <source>OK: {name} restored and checked on {when}{age}.</source>
        <translation>正常：{name} 已於 {when} 還原並檢查{age}。</translation>
    </message>
    <message>
        <source>FAILED on {when}{age}: {name}
{problems}</source>
        <translation>{when} 失敗{age}：{name}
{problems}</translation>
    </message>
    <message>
        <source>Backed up to {path}.</source>
        <translation>已備份至 {path}。</translation>
    </message>
    <message>
        <source>Restore which backup?</source>
        <translation>要還原哪一份備份？</translation>
    </message>
    <message>
        <source>Backups (*.sqlite);;All files (*)</source>
        <translation>備份 (*.sqlite);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>The shop&apos;s data is replaced with the backup {path}. Sales made since that backup are no longer in the till (the data replaced is kept beside the backups). The till must be restarted afterwards.</source>
        <translation>門市資料將以備份 {path} 取代。該備份之後的交易將不再存在於收銀機中（被取代的資料會保留在備份旁）。之後必須重新啟動收銀程式。</translation>
    </message>
    <message>
        <source>Restore {name}?</source>
        <translation>要還原 {name} 嗎？</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>還原</translation>
    </message>
    <message>
        <source> The card key file replaced is kept as {key}.</source>
        <translation> 被取代的卡片金鑰檔已保留為 {key}。</translation>
    </message>
    <message>
        <source>Restored from {source}. Close the till and start it again now: until then it still shows the data it had. The data replaced is kept in {kept}.{key}</source>
        <translation>已從 {source} 還原。請立即關閉並重新啟動收銀程式：在那之前畫面仍顯示原有資料。被取代的資料保留於 {kept}。{key}</translation>
    </message>
    <message>
        <source>Replace this shop with another shop&apos;s backup?</source>
        <translation>要以其他門市的備份取代此門市嗎？</translation>
    </message>
    <message>
        <source>Restore a backup with other card keys?</source>
        <translation>要還原使用其他卡片金鑰的備份嗎？</translation>
    </message>
    <message>
        <source>{why}. The data and card key file it replaces are kept.</source>
        <translation>{why}。被取代的資料與卡片金鑰檔會保留。</translation>
    </message>
    <message>
        <source>Restore anyway</source>
        <translation>仍要還原</translation>
    </message>
</context>
<context>
    <name>SetupWindow</name>
    <message>
        <source>Set up your shop</source>
        <translation>設定您的門市</translation>
    </message>
    <message>
        <source>Back  (Esc)</source>
        <translation>上一步  (Esc)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Continue to sign in  (Enter)</source>
        <translation>繼續登入  (Enter)</translation>
    </message>
    <message>
        <source>Step {n} of {total}</source>
        <translation>第 {n} 步，共 {total} 步</translation>
    </message>
    <message>
        <source>Create the shop  (Enter)</source>
        <translation>建立門市  (Enter)</translation>
    </message>
    <message>
        <source>Next  (Enter)</source>
        <translation>下一步  (Enter)</translation>
    </message>
    <message>
        <source>Close the window to leave; nothing is stored yet.</source>
        <translation>關閉視窗即可離開；目前尚未儲存任何資料。</translation>
    </message>
    <message>
        <source>Join a chain</source>
        <translation>加入連鎖</translation>
    </message>
    <message>
        <source>Join the chain  (Enter)</source>
        <translation>加入連鎖  (Enter)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Creating the shop…</source>
        <translation>正在建立門市…</translation>
    </message>
    <message>
        <source>Joining the chain…</source>
        <translation>正在加入連鎖…</translation>
    </message>
</context>
<context>
    <name>ShopPage</name>
    <message>
        <source>e.g. Kopi Kita</source>
        <translation>例如：巷口咖啡</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>街道與門牌號碼</translation>
    </message>
    <message>
        <source>Postcode and town</source>
        <translation>郵遞區號與城市</translation>
    </message>
    <message>
        <source>&amp;Shop name</source>
        <translation>門市名稱(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Address (optional)</source>
        <translation>地址（選填）(&amp;A)</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <source>Sign in to the till</source>
        <translation>登入收銀機</translation>
    </message>
    <message>
        <source>e.g. cashier</source>
        <translation>例如 cashier</translation>
    </message>
    <message>
        <source>4-12 digits</source>
        <translation>4 至 12 位數字</translation>
    </message>
    <message>
        <source>Sign in  (Enter)</source>
        <translation>登入  (Enter)</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>使用者名稱</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN 碼</translation>
    </message>
    <message>
        <source>Till locked</source>
        <translation>收銀機已鎖定</translation>
    </message>
    <message>
        <source>Locked after {minutes} min with nobody at the till: {user}&apos;s sale is parked.</source>
        <translation>收銀台無人 {minutes} 分鐘後已鎖定：{user} 的交易已暫存。</translation>
    </message>
    <message>
        <source>Locked after {minutes} min with nobody at the till.</source>
        <translation>收銀台無人 {minutes} 分鐘後已鎖定。</translation>
    </message>
    <message>
        <source>{user} signs in to continue it; anyone else starts a new sale.</source>
        <translation>{user} 登入即可繼續；其他人登入則開始新交易。</translation>
    </message>
    <message>
        <source>Locked by {user} with a sale open. {user} signs in to continue it; anyone else starts a new sale.</source>
        <translation>由 {user} 鎖定，有未完成的交易。{user} 登入即可繼續；其他人登入則開始新交易。</translation>
    </message>
    <message>
        <source>Locked by {user}. Type the PIN to continue.</source>
        <translation>由 {user} 鎖定。輸入 PIN 碼以繼續。</translation>
    </message>
    <message>
        <source>Terminal {terminal}. Type your user name and PIN, then press Enter.</source>
        <translation>收銀機 {terminal}。輸入您的使用者名稱與 PIN 碼，然後按 Enter。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo shop&lt;/b&gt; — for trying loyalty-pos, not for real sales. Sign in as {accounts}.</source>
        <translation>&lt;b&gt;示範門市&lt;/b&gt; — 供試用 loyalty-pos，非實際營業之用。請以 {accounts} 登入。</translation>
    </message>
    <message>
        <source>Type your user name.</source>
        <translation>請輸入您的使用者名稱。</translation>
    </message>
    <message>
        <source>Type your PIN.</source>
        <translation>請輸入您的 PIN 碼。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>檢查中…</translation>
    </message>
</context>
<context>
    <name>StaffLinkDialog</name>
    <message>
        <source>Own member card of {name}</source>
        <translation>{name} 本人的會員卡</translation>
    </message>
    <message>
        <source>Linked now to a member record.</source>
        <translation>目前已連結會員資料。</translation>
    </message>
    <message>
        <source>Not linked to a member record yet.</source>
        <translation>尚未連結會員資料。</translation>
    </message>
    <message>
        <source>The till refuses to ring up points, redeem or adjust on this person&apos;s own card: scan or type their card number, and their phone (a member with that phone counts as theirs too). Leave both empty to remove the link.</source>
        <translation>收銀機不會在此人本人的會員卡上累積、兌換或調整點數：請掃描或輸入其會員卡號碼及電話（使用該電話的會員也視為本人）。兩者都留空即取消連結。</translation>
    </message>
    <message>
        <source>keep the current link</source>
        <translation>保留目前的連結</translation>
    </message>
    <message>
        <source>&amp;Card number</source>
        <translation>會員卡號碼(&amp;C)</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>電話(&amp;H)</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
</context>
<context>
    <name>StaffSection</name>
    <message>
        <source>Staff</source>
        <translation>員工</translation>
    </message>
    <message>
        <source>Who may sign in at the tills, and as what. ↑↓ choose a person; a deactivated account cannot sign in until it is reactivated.</source>
        <translation>誰可以登入收銀機，以及登入身分。↑↓ 選擇人員；已停用的帳號在重新啟用前無法登入。</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>員工帳號</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>新增帳號</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Reset PIN</source>
        <translation>重設 PIN 碼</translation>
    </message>
    <message>
        <source>Ctrl+U</source>
        <translation>Ctrl+U</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解除鎖定</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Own card</source>
        <translation>本人會員卡</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>使用者名稱</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>鎖定至</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>啟用</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>收銀員</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>重新啟用</translation>
    </message>
    <message>
        <source>{username} can sign in now with the PIN you chose.</source>
        <translation>{username} 現在可以用您設定的 PIN 碼登入。</translation>
    </message>
    <message>
        <source>{username}&apos;s PIN is changed; the old one no longer works.</source>
        <translation>{username} 的 PIN 碼已變更；舊的已失效。</translation>
    </message>
    <message>
        <source>{username} may sign in again.</source>
        <translation>{username} 可以再次登入。</translation>
    </message>
    <message>
        <source>{username}&apos;s own card is saved: the till refuses their points on it.</source>
        <translation>已儲存 {username} 本人的會員卡：收銀機將拒絕其在該卡上的點數操作。</translation>
    </message>
    <message>
        <source>{username} is active again and may sign in.</source>
        <translation>{username} 已重新啟用，可以登入。</translation>
    </message>
    <message>
        <source>{username} is deactivated and can no longer sign in. Del reactivates.</source>
        <translation>{username} 已停用，無法再登入。按 Del 重新啟用。</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>&amp;Create a new shop</source>
        <translation>建立新商店(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Join a chain</source>
        <translation>加入連鎖(&amp;J)</translation>
    </message>
    <message>
        <source>Seven short steps: the shop&apos;s name, region, tax, first manager and a loyalty program.</source>
        <translation>七個簡短步驟：商店名稱、地區、稅務、第一位店長與會員方案。</translation>
    </message>
    <message>
        <source>The chain server&apos;s address and an enrolment code from head office; the shop, its staff, card keys, program, products and members come from the chain.</source>
        <translation>連鎖伺服器的位址與總部提供的註冊碼；商店、員工、會員卡金鑰、會員方案、商品與會員皆來自連鎖。</translation>
    </message>
</context>
<context>
    <name>StatementModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind · by</source>
        <translation>類型 · 經手人</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>點數</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Receipt · expires</source>
        <translation>收據 · 到期</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>累積</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>兌換</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>退貨</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>調整</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>轉移</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>加贈</translation>
    </message>
    <message>
        <source>reward {reward}</source>
        <translation>獎勵 {reward}</translation>
    </message>
    <message>
        <source>expires {day}</source>
        <translation>{day} 到期</translation>
    </message>
</context>
<context>
    <name>StatementView</name>
    <message>
        <source>Points statement</source>
        <translation>點數明細</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Simple points</source>
        <translation>簡單集點</translation>
    </message>
    <message>
        <source>Points and tiers</source>
        <translation>集點與等級</translation>
    </message>
    <message>
        <source>Stamp card: &quot;buy 9, the 10th free&quot;</source>
        <translation>集章卡：「買 9 件，第 10 件免費」</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>門市</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>標誌</translation>
    </message>
    <message>
        <source>none (name only)</source>
        <translation>無（僅名稱）</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>收據</translation>
    </message>
    <message>
        <source>PDF files in the data folder</source>
        <translation>資料夾中的 PDF 檔案</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>國家/地區</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>幣別</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>時區</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>價格</translation>
    </message>
    <message>
        <source>include tax</source>
        <translation>含稅</translation>
    </message>
    <message>
        <source>exclude tax</source>
        <translation>未稅</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>收銀機</translation>
    </message>
    <message>
        <source>records amounts from your own cash register</source>
        <translation>記錄您自己收銀機上的金額</translation>
    </message>
    <message>
        <source>rings up baskets</source>
        <translation>在此結帳購物內容</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>{name} (user name &lt;b&gt;{username}&lt;/b&gt;)</source>
        <translation>{name}（使用者名稱 &lt;b&gt;{username}&lt;/b&gt;）</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>會員方案</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>資料夾</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <source>Server {url}, terminal {terminal}; {waiting} changes wait to be sent</source>
        <translation>伺服器 {url}，收銀機 {terminal}；{waiting} 筆變更等待送出</translation>
    </message>
    <message>
        <source>Disconnected from the chain</source>
        <translation>已與連鎖中斷連線</translation>
    </message>
    <message>
        <source>The chain&apos;s server refused this till&apos;s token. A manager registers it again in Settings &gt; Sync.</source>
        <translation>連鎖伺服器拒絕了本收銀機的權杖。請主管在「設定 &gt; 同步」重新註冊。</translation>
    </message>
    <message>
        <source>Offline · {waiting} unsent · synced {ago}</source>
        <translation>離線 · {waiting} 筆未送出 · 同步於{ago}</translation>
    </message>
    <message>
        <source>Online · {waiting} unsent · synced {ago}</source>
        <translation>連線中 · {waiting} 筆未送出 · 同步於{ago}</translation>
    </message>
    <message>
        <source>Last error: {error}</source>
        <translation>上次錯誤：{error}</translation>
    </message>
    <message>
        <source>Clock {skew}</source>
        <translation>時鐘{skew}</translation>
    </message>
    <message>
        <source>This till&apos;s clock differs from the chain server&apos;s by more than a minute: receipts and expiry use it. Set the computer&apos;s time.</source>
        <translation>本收銀機的時鐘與連鎖伺服器相差超過一分鐘：收據與到期都依此時間。請校正電腦的時間。</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>A chain&apos;s tills share members, points and cards through the chain&apos;s server. Register this till with the server&apos;s address and an enrolment code from head office (loyalty-pos serve add-terminal). Sales never wait for the server: changes are sent in the background.</source>
        <translation>同一連鎖的收銀機透過連鎖伺服器共用會員、點數與會員卡。請以伺服器位址及總部提供的註冊碼（loyalty-pos serve add-terminal）註冊本收銀機。交易從不等待伺服器：變更會在背景送出。</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>https://chain.example.com</source>
        <translation>https://chain.example.com</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>伺服器位址</translation>
    </message>
    <message>
        <source>12 characters, from head office</source>
        <translation>12 個字元，由總部提供</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation>註冊碼</translation>
    </message>
    <message>
        <source>Register this till</source>
        <translation>註冊本收銀機</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Sync every</source>
        <translation>同步間隔</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Offline after</source>
        <translation>離線判定</translation>
    </message>
    <message>
        <source> min without a sync</source>
        <translation> 分鐘未同步</translation>
    </message>
    <message>
        <source>Offline redemption cap</source>
        <translation>離線兌換上限</translation>
    </message>
    <message>
        <source>points per member per day; empty: the program&apos;s</source>
        <translation>每位會員每日點數；留空：依會員方案</translation>
    </message>
    <message>
        <source>The enrolment code is 12 characters, as head office gave it</source>
        <translation>註冊碼為 12 個字元，請照總部提供的輸入</translation>
    </message>
    <message>
        <source>This build of the till has no sync client</source>
        <translation>此版本的收銀程式不支援同步</translation>
    </message>
    <message>
        <source>Registering with {url}…</source>
        <translation>正在向 {url} 註冊…</translation>
    </message>
    <message>
        <source>Registered. The first sync starts now.</source>
        <translation>已註冊。第一次同步現在開始。</translation>
    </message>
    <message>
        <source>Sync failed: {error}</source>
        <translation>同步失敗：{error}</translation>
    </message>
    <message>
        <source>Synced.</source>
        <translation>已同步。</translation>
    </message>
</context>
<context>
    <name>TaxPage</name>
    <message>
        <source>Prices &amp;include tax (VAT, GST): the shelf price is what the customer pays</source>
        <translation>價格含稅(&amp;I)（營業稅、GST）：貨架上的價格就是顧客支付的金額</translation>
    </message>
    <message>
        <source>Prices &amp;exclude tax: the price list is before VAT, GST or sales tax</source>
        <translation>價格未稅(&amp;E)：價目表為加計營業稅或銷售稅前的價格</translation>
    </message>
    <message>
        <source>Most shops in Europe and Asia price with tax included; many in the United States price before tax. Points are counted on the price as written; a manager can base them on the price with or without tax later, under Earning rules.</source>
        <translation>歐洲與亞洲的多數門市以含稅價標價；美國許多門市則以未稅價標價。點數依標示的價格計算；主管之後可在集點規則中改以含稅或未稅價格計算。</translation>
    </message>
    <message>
        <source>And who rings the sale up?</source>
        <translation>由誰結帳？</translation>
    </message>
    <message>
        <source>Ring up &amp;baskets here: scan products, the till prices the sale</source>
        <translation>在此結帳購物內容(&amp;B)：掃描商品，由收銀程式計價</translation>
    </message>
    <message>
        <source>Keep my own cash &amp;register: the till records each sale&apos;s amount for points</source>
        <translation>沿用自己的收銀機(&amp;R)：由收銀程式記錄每筆交易金額以累積點數</translation>
    </message>
</context>
<context>
    <name>TenderNames</name>
    <message>
        <source>cash</source>
        <translation>現金</translation>
    </message>
    <message>
        <source>card</source>
        <translation>刷卡</translation>
    </message>
    <message>
        <source>mobile payment</source>
        <translation>行動支付</translation>
    </message>
    <message>
        <source>voucher</source>
        <translation>禮券</translation>
    </message>
    <message>
        <source>other tender</source>
        <translation>其他付款方式</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>現金</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>刷卡</translation>
    </message>
    <message>
        <source>Mobile payment</source>
        <translation>行動支付</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>禮券</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>TextVariantsDialog</name>
    <message>
        <source>Printed on the receipts of members and tills that speak the language; an empty box prints the text as typed in the settings:</source>
        <translation>列印在使用該語言的會員與收銀機的收據上；留空則列印設定中輸入的文字：</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空白）</translation>
    </message>
</context>
<context>
    <name>TierMovesTab</name>
    <message>
        <source>{ups:,} upgrade(s) and {downs:,} downgrade(s) in the range, as the audit log recorded each tier change.</source>
        <translation>此期間內共 {ups:,} 次升級與 {downs:,} 次降級，依稽核紀錄所記錄的每次等級變更計算。</translation>
    </message>
    <message>
        <source>Tier changes per month</source>
        <translation>每月等級變更</translation>
    </message>
    <message>
        <source>Upgrades</source>
        <translation>升級</translation>
    </message>
    <message>
        <source>Downgrades</source>
        <translation>降級</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>From</source>
        <translation>從</translation>
    </message>
    <message>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>變更</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>會員</translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation>升級</translation>
    </message>
    <message>
        <source>Downgrade</source>
        <translation>降級</translation>
    </message>
</context>
<context>
    <name>TiersPage</name>
    <message>
        <source>Spend</source>
        <translation>消費額</translation>
    </message>
    <message>
        <source>Points earned</source>
        <translation>累積點數</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 個月</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代碼</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Multiplier %</source>
        <translation>倍率 %</translation>
    </message>
    <message>
        <source>Perks (separate with ;)</source>
        <translation>會員權益（以 ; 分隔）</translation>
    </message>
    <message>
        <source>Add tier</source>
        <translation>新增等級</translation>
    </message>
    <message>
        <source>Remove tier</source>
        <translation>移除等級</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>&amp;Qualify by</source>
        <translation>晉級依據(&amp;Q)</translation>
    </message>
    <message>
        <source>over the &amp;last</source>
        <translation>最近(&amp;L)</translation>
    </message>
    <message>
        <source>Yearly &amp;review on</source>
        <translation>每年審核日(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Grace after review</source>
        <translation>審核後寬限期(&amp;G)</translation>
    </message>
    <message>
        <source>Members move up at once when they qualify; they move down only at the yearly review, after the grace days. The first tier starts at 0.</source>
        <translation>會員符合資格即立即升級；只有在年度審核且寬限期過後才會降級。第一個等級從 0 開始。</translation>
    </message>
    <message>
        <source>Tiers, &amp;lowest first</source>
        <translation>等級，由低至高(&amp;L)</translation>
    </message>
    <message>
        <source>From ({currency})</source>
        <translation>起點 ({currency})</translation>
    </message>
    <message>
        <source>From (points)</source>
        <translation>起點（點數）</translation>
    </message>
    <message>
        <source>{text!r} is not a number of points</source>
        <translation>{text!r} 不是點數</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>第 {row} 列</translation>
    </message>
    <message>
        <source>Tier {tier}: {problem}</source>
        <translation>等級 {tier}：{problem}</translation>
    </message>
    <message>
        <source>Tier {tier}: the multiplier is a whole percent, such as 125.</source>
        <translation>等級 {tier}：倍率須為整數百分比，例如 125。</translation>
    </message>
    <message>
        <source>Every tier needs a code and a name.</source>
        <translation>每個等級都需要代碼與名稱。</translation>
    </message>
    <message>
        <source>The first tier, {tier}, must start at 0.</source>
        <translation>第一個等級 {tier} 必須從 0 開始。</translation>
    </message>
    <message>
        <source>{higher} must start above {lower} ({threshold}): tiers go from lowest to highest.</source>
        <translation>{higher} 的起點必須高於 {lower}（{threshold}）：等級須由低至高排列。</translation>
    </message>
</context>
<context>
    <name>TiersTab</name>
    <message>
        <source>Active members per tier today, whatever the date range.</source>
        <translation>今日各等級的活躍會員數，與日期範圍無關。</translation>
    </message>
    <message>
        <source>Active members per tier</source>
        <translation>各等級活躍會員</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等級</translation>
    </message>
    <message>
        <source>Active members</source>
        <translation>活躍會員</translation>
    </message>
</context>
<context>
    <name>TillPage</name>
    <message>
        <source>Till</source>
        <translation>收銀機</translation>
    </message>
    <message>
        <source>How this till sells, tells a scanner from typing, locks itself and shows the customer display. The way of selling applies at the next sign-in with no sale parked; everything else at once. A scanner types a code within a few milliseconds per key: raise the gap if scans arrive as typing, lower it if fast typing is taken for a scan.</source>
        <translation>此收銀機的銷售方式、如何區分掃描器與鍵盤輸入、自動鎖定以及客戶顯示器的設定。銷售方式會在下次登入且沒有暫存交易時套用；其他設定立即生效。掃描器每個按鍵只需幾毫秒：若掃描被當成鍵盤輸入，請調高間隔；若快速打字被當成掃描，請調低間隔。</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>交易數</translation>
    </message>
    <message>
        <source>Ring up baskets here</source>
        <translation>在此結帳購物內容</translation>
    </message>
    <message>
        <source>Record the amounts of our own cash register</source>
        <translation>記錄我們自己收銀機的金額</translation>
    </message>
    <message>
        <source>Longest gap between keys</source>
        <translation>按鍵最長間隔</translation>
    </message>
    <message>
        <source>Shortest scan</source>
        <translation>最短掃描長度</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> 個字元</translation>
    </message>
    <message>
        <source>Lock the till after</source>
        <translation>收銀機自動鎖定時間</translation>
    </message>
    <message>
        <source> min idle</source>
        <translation> 分鐘無操作</translation>
    </message>
    <message>
        <source>never</source>
        <translation>從未</translation>
    </message>
    <message>
        <source>Customer display</source>
        <translation>客戶顯示器</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>On</source>
        <translation>開啟</translation>
    </message>
    <message>
        <source>Customer display screen</source>
        <translation>客戶顯示器螢幕</translation>
    </message>
    <message>
        <source>Display on screen</source>
        <translation>顯示於螢幕</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>顯示</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主題</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>High contrast (white on black)</source>
        <translation>高對比（黑底白字）</translation>
    </message>
    <message>
        <source>System colours (as the desktop, e.g. dark mode)</source>
        <translation>系統色彩（與桌面相同，例如深色模式）</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>文字大小</translation>
    </message>
    <message>
        <source>None available: only one screen is connected</source>
        <translation>無可用螢幕：只連接了一個螢幕</translation>
    </message>
    <message>
        <source>With one screen the customer display opens as a window over the till. Connect a second screen to choose it here.</source>
        <translation>只有一個螢幕時，客戶顯示器會以視窗開在收銀畫面上方。連接第二個螢幕後即可在此選擇。</translation>
    </message>
    <message>
        <source>Any screen the till is not on</source>
        <translation>收銀畫面以外的任一螢幕</translation>
    </message>
    <message>
        <source>{name} — not connected now</source>
        <translation>{name} — 目前未連接</translation>
    </message>
    <message>
        <source>{name} is not connected: until it is, the display uses the first screen the till is not on.</source>
        <translation>{name} 未連接：在連接前，顯示器會使用收銀畫面以外的第一個螢幕。</translation>
    </message>
    <message>
        <source>Kept by the screen&apos;s name, so it stays the same screen after a restart; if it is unplugged the display moves to another screen and the till says so.</source>
        <translation>依螢幕名稱記住，因此重新啟動後仍是同一個螢幕；若螢幕被拔除，顯示器會移到其他螢幕，收銀程式也會告知。</translation>
    </message>
</context>
<context>
    <name>TopMembersTab</name>
    <message>
        <source>Points earned</source>
        <translation>累積點數</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Member id</source>
        <translation>會員編號</translation>
    </message>
</context>
<context>
    <name>TotalsPanel</name>
    <message>
        <source>To pay</source>
        <translation>應付金額</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Paid with points</source>
        <translation>以點數支付</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>小計</translation>
    </message>
    <message>
        <source>Points this sale: 0</source>
        <translation>本次消費點數：0</translation>
    </message>
    <message>
        <source>No member: no points</source>
        <translation>非會員：不累積點數</translation>
    </message>
    <message>
        <source>Points this sale: +{points}</source>
        <translation>本次消費點數：+{points}</translation>
    </message>
    <message>
        <source>−{points} pts</source>
        <translation>−{points} 點</translation>
    </message>
    <message>
        <source>Points spent</source>
        <translation>已使用點數</translation>
    </message>
    <message>
        <source>This sale won</source>
        <translation>本筆交易中獎</translation>
    </message>
    <message>
        <source>Instant win: {what}</source>
        <translation>即時中獎：{what}</translation>
    </message>
    <message>
        <source>free</source>
        <translation>免費</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Transfer points from {name}</source>
        <translation>從 {name} 轉移點數</translation>
    </message>
    <message>
        <source>{name} has {points:,} points. Points go in steps of {step:,} and keep their expiry dates.</source>
        <translation>{name} 目前有 {points:,} 點。點數以 {step:,} 點為單位轉移，並保留原到期日。</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>轉移</translation>
    </message>
    <message>
        <source>e.g. {step}</source>
        <translation>例如 {step}</translation>
    </message>
    <message>
        <source>&amp;To member</source>
        <translation>轉給會員(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Points</source>
        <translation>點數(&amp;P)</translation>
    </message>
    <message>
        <source>Choose who receives the points.</source>
        <translation>請選擇接收點數的人。</translation>
    </message>
    <message>
        <source>Type the points to transfer.</source>
        <translation>請輸入要轉移的點數。</translation>
    </message>
</context>
<context>
    <name>UnusualTab</name>
    <message>
        <source>Member: redeems often</source>
        <translation>會員：頻繁兌換</translation>
    </message>
    <message>
        <source>Cashier: many rewards</source>
        <translation>收銀員：大量兌換</translation>
    </message>
    <message>
        <source>Cashier: many lookups</source>
        <translation>收銀員：大量查詢</translation>
    </message>
    <message>
        <source>No pattern is watched: set the thresholds under Earning rules &amp; tiers → Limits.</source>
        <translation>未監控任何模式：請在「集點規則與等級 → 限制」設定門檻。</translation>
    </message>
    <message>
        <source>Nothing unusual in the last {days} days (whatever the date range).</source>
        <translation>最近 {days} 天沒有異常（不論日期範圍）。</translation>
    </message>
    <message>
        <source>{count:,} pattern(s) reached their threshold within {minutes} minutes in the last {days} days (whatever the date range). Each is listed once, at its busiest window.</source>
        <translation>最近 {days} 天內有 {count:,} 個模式在 {minutes} 分鐘內達到門檻（不論日期範圍）。每個只列出一次，以最密集的時段為準。</translation>
    </message>
    <message>
        <source>Count at the busiest window</source>
        <translation>最密集時段的次數</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>對象</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>次數</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>門檻</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Check the member</source>
        <translation>確認會員</translation>
    </message>
    <message>
        <source>Check who {name} is</source>
        <translation>確認 {name} 的身分</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>生日(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Last digits of the phone</source>
        <translation>電話末幾碼(&amp;L)</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>Type what the member tells you first.</source>
        <translation>請先輸入會員告訴您的內容。</translation>
    </message>
</context>
<context>
    <name>VolumePage</name>
    <message>
        <source>Applies to</source>
        <translation>適用於</translation>
    </message>
    <message>
        <source>From qty</source>
        <translation>數量起</translation>
    </message>
    <message>
        <source>From value</source>
        <translation>金額起</translation>
    </message>
    <message>
        <source>% off</source>
        <translation>折扣 %</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>紅利</translation>
    </message>
    <message>
        <source>&amp;Add a product with a volume step</source>
        <translation>新增有量購級距的商品(&amp;A)</translation>
    </message>
    <message>
        <source>Volume &amp;steps</source>
        <translation>量購級距(&amp;S)</translation>
    </message>
    <message>
        <source>Add &amp;basket step</source>
        <translation>新增整筆購物級距(&amp;B)</translation>
    </message>
    <message>
        <source>Whole basket</source>
        <translation>整筆購物內容</translation>
    </message>
    <message>
        <source>Each row is a step: from a quantity (of the product or category) or from a basket value, a % off those lines and/or bonus points for a member. Of the steps on the same product, category or basket, the highest reached applies. Del removes the row.</source>
        <translation>每列是一個級距：從某數量（商品或類別）或某購物金額起，對那些品項打折 % 及／或給會員紅利點數。同一商品、類別或整筆購物的級距中，採用達到的最高級距。Del 刪除該列。</translation>
    </message>
    <message>
        <source>{what}: a step needs a quantity or a basket value (one of them), and a % off or bonus points.</source>
        <translation>{what}：級距需要數量或購物金額（擇一），以及折扣 % 或紅利點數。</translation>
    </message>
    <message>
        <source>from {quantity}</source>
        <translation>{quantity} 件起</translation>
    </message>
    <message>
        <source>from {amount}</source>
        <translation>{amount} 起</translation>
    </message>
</context>
<context>
    <name>WindowFields</name>
    <message>
        <source>Mon</source>
        <translation>週一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>週二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>週三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>週四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>週五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>週六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>週日</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>星期一</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>星期二</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>星期三</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>星期四</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>星期五</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>星期六</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>星期日</translation>
    </message>
    <message>
        <source>From hour</source>
        <translation>開始時間</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>全天</translation>
    </message>
    <message>
        <source>Until hour</source>
        <translation>結束時間</translation>
    </message>
    <message>
        <source>&amp;Hours</source>
        <translation>時段(&amp;H)</translation>
    </message>
    <message>
        <source>Product codes, comma between</source>
        <translation>商品代碼，以逗號分隔</translation>
    </message>
    <message>
        <source>On products</source>
        <translation>適用商品</translation>
    </message>
    <message>
        <source>On &amp;products</source>
        <translation>適用商品(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Weekdays (none: every day)</source>
        <translation>星期(&amp;W)（未選：每天）</translation>
    </message>
    <message>
        <source>Per tier (%)</source>
        <translation>各等級（%）</translation>
    </message>
    <message>
        <source>As the campaign</source>
        <translation>同活動設定</translation>
    </message>
    <message>
        <source>{tier} factor</source>
        <translation>{tier} 倍率</translation>
    </message>
</context>
<context>
    <name>_StaffForm</name>
    <message>
        <source>PIN</source>
        <translation>PIN 碼</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>再次輸入 PIN 碼</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <source>A PIN is 4 to 12 digits. Enter or Ctrl+S saves, Esc cancels.</source>
        <translation>PIN 碼為 4 至 12 位數字。按 Enter 或 Ctrl+S 儲存，按 Esc 取消。</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>PIN 碼(&amp;P)</translation>
    </message>
    <message>
        <source>PIN &amp;again</source>
        <translation>再次輸入 PIN 碼(&amp;A)</translation>
    </message>
    <message>
        <source>Type the PIN.</source>
        <translation>請輸入 PIN 碼。</translation>
    </message>
    <message>
        <source>The two PINs differ; type it again.</source>
        <translation>兩次輸入的 PIN 碼不同；請重新輸入。</translation>
    </message>
</context>
<context>
    <name>setup</name>
    <message>
        <source>Your shop is ready</source>
        <translation>您的門市已準備就緒</translation>
    </message>
    <message>
        <source>Write this recovery code on paper now and keep it away from the till. If the shop&apos;s only manager forgets the PIN, the command &apos;loyalty-pos staff recover&apos; asks for it. It is shown only this once.</source>
        <translation>請立即將此復原碼抄在紙上，並存放在遠離收銀機的地方。若門市唯一的主管忘記 PIN 碼，執行 &apos;loyalty-pos staff recover&apos; 指令時需要輸入此碼。此碼只會顯示這一次。</translation>
    </message>
    <message>
        <source>Logo and receipts</source>
        <translation>標誌與收據</translation>
    </message>
    <message>
        <source>Both are optional: without a logo, cards carry the shop&apos;s name only; without a printer, receipts are saved as PDF files in the shop&apos;s data folder.</source>
        <translation>兩者皆為選填：沒有標誌時，會員卡只印門市名稱；沒有印表機時，收據會存成門市資料夾中的 PDF 檔案。</translation>
    </message>
    <message>
        <source>The first manager</source>
        <translation>第一位主管</translation>
    </message>
    <message>
        <source>Probably you. The manager signs in with a PIN, adds cashiers and other managers, and changes the loyalty program.</source>
        <translation>多半就是您。主管以 PIN 碼登入，可新增收銀員與其他主管，並修改會員方案。</translation>
    </message>
    <message>
        <source>Loyalty program</source>
        <translation>會員方案</translation>
    </message>
    <message>
        <source>A program to start with. Rewards, rules, tiers and campaigns can all be changed later in the back office (Ctrl+Shift+B).</source>
        <translation>起始的會員方案。獎勵、規則、等級與活動之後都可在後台管理中修改 (Ctrl+Shift+B)。</translation>
    </message>
    <message>
        <source>Country, currency and time</source>
        <translation>國家/地區、幣別與時間</translation>
    </message>
    <message>
        <source>Suggested from this computer&apos;s settings. The currency cannot change once the shop has sales; the time zone decides when a day, a month and a year begin.</source>
        <translation>依本機設定建議。門市有交易後即無法變更幣別；時區決定一天、一個月與一年從何時開始。</translation>
    </message>
    <message>
        <source>Your shop</source>
        <translation>您的門市</translation>
    </message>
    <message>
        <source>Welcome to loyalty-pos. Seven short steps set up your shop; nothing is stored until the last one. First: the name customers see on receipts and member cards, and the shop&apos;s address.</source>
        <translation>歡迎使用 loyalty-pos。七個簡短步驟即可設定您的門市；在最後一步之前不會儲存任何資料。首先：顧客在收據與會員卡上看到的名稱，以及門市地址。</translation>
    </message>
    <message>
        <source>Ready to create the shop</source>
        <translation>準備建立門市</translation>
    </message>
    <message>
        <source>Nothing is stored until you press Enter here. Esc goes back to change anything.</source>
        <translation>在此按下 Enter 前不會儲存任何資料。按 Esc 可返回修改。</translation>
    </message>
    <message>
        <source>Prices and tax</source>
        <translation>價格與稅金</translation>
    </message>
    <message>
        <source>How are the prices on your shelves and in your price list written?</source>
        <translation>您貨架上與價目表中的價格是如何標示的？</translation>
    </message>
    <message>
        <source>Join a chain</source>
        <translation>加入連鎖</translation>
    </message>
    <message>
        <source>Head office gives you the server&apos;s address and a one-time enrolment code (&apos;loyalty-pos serve add-terminal&apos;). Head office&apos;s till must have synced once.</source>
        <translation>總部會提供伺服器位址與一次性註冊碼（&apos;loyalty-pos serve add-terminal&apos;）。總部的收銀機必須已同步過一次。</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>歡迎</translation>
    </message>
    <message>
        <source>Is this till a new shop, or one more till of a chain whose head office is already set up?</source>
        <translation>本收銀機是新商店，還是總部已設定好的連鎖中的另一台收銀機？</translation>
    </message>
</context>
</TS>
