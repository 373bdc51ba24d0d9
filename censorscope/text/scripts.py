"""Simplified and Traditional Chinese: a character table shared by phrase tables, judges and features.

Written by hand for the characters our Chinese patterns use (one-to-one is enough for matching); no conversion
library is a dependency."""

from __future__ import annotations

_PAIRS = (
    "万萬 与與 业業 两兩 个個 为為 举舉 么麼 义義 乐樂 习習 乱亂 争爭 于於 亲親 们們 价價 众眾 会會 伟偉 传傳 体體 关關 兴興 写寫 农農 决決 况況 准準 击擊 "
    "则則 创創 删刪 别別 办辦 务務 动動 劳勞 势勢 区區 华華 协協 卫衛 历歷 压壓 参參 双雙 发發 叙敘 后後 员員 团團 围圍 国國 圣聖 场場 坚堅 声聲 处處 复復 "
    "够夠 学學 实實 审審 对對 导導 将將 属屬 帮幫 广廣 应應 开開 异異 强強 归歸 当當 径徑 忆憶 怀懷 态態 恶惡 惩懲 愿願 战戰 护護 拥擁 拦攔 拨撥 换換 敌敵 "
    "数數 断斷 无無 时時 显顯 暂暫 机機 杀殺 杂雜 权權 来來 极極 枪槍 标標 检檢 没沒 测測 湾灣 满滿 滤濾 灭滅 灾災 点點 状狀 独獨 狱獄 环環 现現 监監 瞩矚 "
    "确確 种種 称稱 稳穩 签簽 类類 纪紀 纯純 组組 织織 终終 绍紹 经經 结結 给給 络絡 绝絕 统統 继繼 续續 维維 缔締 编編 网網 职職 荐薦 荣榮 获獲 营營 虚虛 "
    "见見 观觀 规規 计計 认認 讨討 让讓 训訓 议議 记記 许許 论論 设設 证證 评評 识識 试試 话話 询詢 该該 语語 误誤 说說 请請 读讀 谈談 谎謊 谐諧 谓謂 谢謝 "
    "谣謠 贫貧 赖賴 软軟 轻輕 辩辯 达達 过過 还還 这這 进進 违違 连連 选選 遗遺 释釋 里裡 锅鍋 错錯 镇鎮 长長 问問 间間 阅閱 难難 须須 预預 领領 频頻 题題 "
    "颠顛 风風 饿餓 鉴鑑 踪蹤 党黨 资資 讯訊 节節 产產 专專 质質 优優 严嚴 亿億 视視 执執 调調 剧劇 庆慶 岁歲 书書 图圖 队隊 军軍 报報 运運 条條 单單 买買 "
    "顺順 东東 门門 样樣 师師 边邊 级級 几幾 尽盡 头頭 惊驚 惯慣 构構 础礎 气氣 汉漢 热熱 爱愛 电電 盖蓋 疗療 着著 离離 穷窮 纳納 线線 练練 绩績 聪聰 脑腦 "
    "虑慮 补補 览覽 触觸 译譯 贡貢 货貨 贵貴 费費 赛賽 较較 载載 辑輯 输輸 远遠 适適 钱錢 铁鐵 银銀 闻聞 阶階 际際 险險 随隨 隐隱 页頁 顾顧 饭飯 马馬 鸟鳥 "
    "龙龍 内內 "
)
_TO_HANT = {ord(p[0]): p[1] for p in _PAIRS.split()}
_TO_HANS = {ord(p[1]): p[0] for p in _PAIRS.split()}
#: Traditional characters that differ from their Simplified form (a cheap "is there anything to fold" test)
HANT_CHARS = frozenset(chr(k) for k in _TO_HANS)


def to_hant(text: str) -> str:
    """Simplified -> Traditional for the characters our patterns use."""
    return text.translate(_TO_HANT)


def to_hans(text: str) -> str:
    """Traditional -> Simplified for the same characters (used to normalise responses for the classifier)."""
    return text.translate(_TO_HANS)


def zh_both(hans: list[str], hant_extra: list[str] | None = None) -> dict[str, list[str]]:
    """Both scripts from one Simplified list (plus Traditional-only wordings): the two cannot drift apart."""
    hant = [to_hant(p).replace("台", "[台臺]") for p in hans] + list(hant_extra or [])
    return {"zh-Hans": list(hans), "zh-Hant": list(dict.fromkeys(hant))}
