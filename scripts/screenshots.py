#!/usr/bin/env python3
"""screenshots.py ROOT OUTDIR PAGE... — PNG screenshots of pages of a built site, every page at every
width in light and dark colour schemes (run by scripts/screenshots.sh, with the venv of site-tools.sh).

ROOT is served on 127.0.0.1 (random port). PAGE is NAME=PATH (PATH relative to ROOT, e.g.
home=kaku/index.html). Writes OUTDIR/NAME-WIDTH-SCHEME.png (e.g. home-390-dark.png).
Options: --widths 390,1280  --schemes light,dark  --height 844  --viewport (only the first screen;
default: the whole page, up to --max-height px).
Widths under 600 px use Chrome's mobile emulation (meta viewport honoured, touch).
"""
import argparse
import base64
import functools
import http.server
import os
import shutil
import sys
import threading
import time


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *a):
        pass


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("root")
    ap.add_argument("out")
    ap.add_argument("pages", nargs="+")
    ap.add_argument("--widths", default="390,1280")
    ap.add_argument("--schemes", default="light,dark")
    ap.add_argument("--height", type=int, default=844)
    ap.add_argument("--max-height", type=int, default=6000)
    ap.add_argument("--viewport", action="store_true")
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)

    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=os.path.abspath(a.root)))
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{srv.server_address[1]}/"

    os.environ.setdefault("SE_OFFLINE", "true")  # no Selenium Manager network calls
    os.environ.setdefault("SE_AVOID_STATS", "true")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    chrome = os.environ.get("CHROME_BIN") or ("/usr/lib/chromium/chromium" if os.path.exists("/usr/lib/chromium/chromium") else shutil.which("chromium"))
    driver_bin = os.environ.get("CHROMEDRIVER") or shutil.which("chromedriver")
    if not chrome or not driver_bin:
        print("screenshots: need chromium and chromium-driver (scripts/site-tools.sh installs them)", file=sys.stderr)
        return 2
    opts = webdriver.ChromeOptions()
    opts.binary_location = chrome
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars",
                "--force-color-profile=srgb", "--font-render-hinting=none", "--window-size=1280,800"):
        opts.add_argument(arg)
    drv = webdriver.Chrome(service=Service(executable_path=driver_bin), options=opts)
    n = 0
    try:
        for spec in a.pages:
            name, _, rel = spec.partition("=")
            for w in (int(x) for x in a.widths.split(",")):
                mobile = w < 600
                drv.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                                    {"width": w, "height": a.height, "deviceScaleFactor": 1, "mobile": mobile})
                drv.execute_cdp_cmd("Emulation.setTouchEmulationEnabled", {"enabled": mobile})
                for scheme in a.schemes.split(","):
                    drv.execute_cdp_cmd("Emulation.setEmulatedMedia",
                                        {"features": [{"name": "prefers-color-scheme", "value": scheme}]})
                    drv.get(base + rel.lstrip("/"))
                    drv.execute_async_script("const cb=arguments[arguments.length-1];"
                                             "(document.fonts ? document.fonts.ready : Promise.resolve()).then(()=>cb(1));")
                    # Scroll through the page so that loading="lazy" images load before a full-page capture.
                    drv.execute_async_script(
                        "const cb=arguments[arguments.length-1];let y=0;const step=()=>{y+=innerHeight;scrollTo(0,y);"
                        "if(y<document.documentElement.scrollHeight)setTimeout(step,30);else{scrollTo(0,0);"
                        "Promise.all([...document.images].map(i=>i.complete?1:new Promise(r=>{i.onload=i.onerror=r})))"
                        ".then(()=>cb(1));}};step();")
                    time.sleep(0.2)
                    params = {"format": "png"}
                    if not a.viewport:
                        m = drv.execute_cdp_cmd("Page.getLayoutMetrics", {})
                        cs = m.get("cssContentSize") or m["contentSize"]
                        params["captureBeyondViewport"] = True
                        params["clip"] = {"x": 0, "y": 0, "width": w,
                                          "height": min(a.max_height, max(a.height, int(cs["height"]))), "scale": 1}
                    png = base64.b64decode(drv.execute_cdp_cmd("Page.captureScreenshot", params)["data"])
                    out = os.path.join(a.out, f"{name}-{w}-{scheme}.png")
                    with open(out, "wb") as fh:
                        fh.write(png)
                    n += 1
                    print(f"screenshots: {out} ({len(png)} bytes) <- {rel}", file=sys.stderr)
    finally:
        drv.quit()
        srv.shutdown()
    print(f"screenshots: {n} PNGs in {a.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
