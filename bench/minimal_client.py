"""The yardstick: the least a client can do (asyncio + aiohttp, N in flight, nothing stored)."""

from __future__ import annotations

import argparse
import asyncio
import json
import time

import aiohttp


async def main(url: str, n: int, concurrency: int) -> None:
    sem = asyncio.Semaphore(concurrency)
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0)) as session:

        async def one(i: int) -> None:
            body = {"model": "m", "messages": [{"role": "user", "content": f"Question number {i}?"}],
                    "temperature": 0, "max_tokens": 64}
            async with sem, session.post(f"{url}/chat/completions", json=body) as r:
                data = await r.json()
                assert data["choices"][0]["message"]["content"] is not None

        t0 = time.perf_counter()
        await asyncio.gather(*(one(i) for i in range(n)))
        print(json.dumps({"requests": n, "seconds": time.perf_counter() - t0}))


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("url")
    ap.add_argument("-n", type=int, default=2000)
    ap.add_argument("-c", type=int, default=64)
    a = ap.parse_args()
    asyncio.run(main(a.url, a.n, a.c))
