#!/usr/bin/env python3
"""Write a synthetic GD registry in ANEEL's exact format, for benchmarks and demos.

    .venv/bin/python scripts/make_sample_gd.py [N] [--states PR,SC,RS] [--seed S] [--out FILE]
                                               [--encoding latin1|utf8] [--zip]

N rows (default 4,000,000, the size of the national registry) with the 33 columns of
``empreendimento-geracao-distribuida.csv``: every field quoted, ``;``, decimal comma, latin-1.
Every row is clearly generated: ``CodEmpreendimento`` is ``GD.<UF>.SYN.<n>``, holders are masked
(``***``, ``***.123.456-**``) or ``EMPRESA SINTETICA``, distributors ``DISTRIBUIDORA SINTETICA``.

Mixes (docs/sources.md, reference figures of the January 2026 registry): states weighted by their
approximate share of units (SP, MG, PR, RS and MT about half); municipalities weighted by 2021
population; modality 80.5 % "Geracao na propria UC" (lognormal, mean 9.9 kW), 19.1 % "Auto consumo
remoto" (13.2 kW), 0.44 % "Compartilhada" (142 kW), 0.01 % "Condomínio" (12.9 kW); 71 % PF;
~99 % UFV; dates 2012-2025 growing exponentially; coordinates near the municipality centroid,
2 decimals. Quirks at realistic rates: 0.5 % coordinates without decimal comma, 0.3 % coordinates
of another municipality, 2 % six-digit IBGE codes, 0.2 % ``1900-01-01`` dates, 1 % exact duplicate
rows, 1 in 100,000 rows broken (an extra field).
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
import zipfile
from pathlib import Path

import numpy as np
import pandas as pd

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from netload_plugin.core import ibge  # noqa: E402

COLUMNS = ["DatGeracaoConjuntoDados", "AnmPeriodoReferencia", "NumCNPJDistribuidora", "SigAgente", "NomAgente",
           "CodClasseConsumo", "DscClasseConsumo", "CodSubGrupoTarifario", "DscSubGrupoTarifario", "CodUFibge",
           "SigUF", "CodRegiao", "NomRegiao", "CodMunicipioIbge", "NomMunicipio", "CodCEP", "SigTipoConsumidor",
           "NumCPFCNPJ", "NomTitularEmpreendimento", "CodEmpreendimento", "DthAtualizaCadastralEmpreend",
           "SigModalidadeEmpreendimento", "DscModalidadeHabilitado", "QtdUCRecebeCredito", "SigTipoGeracao",
           "DscFonteGeracao", "DscPorte", "NumCoordNEmpreendimento", "NumCoordEEmpreendimento",
           "MdaPotenciaInstaladaKW", "NomSubEstacao", "NumCoordESub", "NumCoordNSub"]

#: Approximate share of GD units by state (%), consistent with SP+MG+PR+RS+MT ≈ 50 % of the registry.
STATE_SHARE = {"SP": 14.0, "MG": 13.0, "RS": 9.5, "PR": 9.0, "MT": 4.5, "SC": 5.5, "GO": 5.0, "BA": 5.0,
               "RJ": 5.0, "CE": 3.5, "PE": 3.0, "MS": 3.0, "ES": 2.5, "PA": 2.5, "MA": 2.0, "PB": 2.0,
               "RN": 2.0, "PI": 2.0, "DF": 1.2, "TO": 1.2, "AL": 1.0, "SE": 0.8, "RO": 1.0, "AM": 0.6,
               "AC": 0.3, "AP": 0.15, "RR": 0.2}
REGION = {"1": "Norte", "2": "Nordeste", "3": "Sudeste", "4": "Sul", "5": "Centro-Oeste"}
MODALITIES = [("Geracao na propria UC", 0.8046, 9.9), ("Auto consumo remoto", 0.191, 13.2),
              ("Compartilhada", 0.0044, 142.0), ("Condomínio", 0.0001, 12.9)]
CLASSES = [("RE", "Residencial", "B1", 0.72), ("CO", "Comercial", "B3", 0.16), ("RU", "Rural", "B2", 0.09),
           ("IN", "Industrial", "A4", 0.02), ("PP", "Poder Público", "B3", 0.01)]
KINDS = [("UFV", "Radiação solar", 0.99), ("UTE", "Biogás-RA", 0.004), ("CGH", "Potencial hidráulico", 0.003),
         ("EOL", "Cinética do vento", 0.003)]
CHUNK = 500_000


def _normalised(weights):
    weights = np.asarray(weights, dtype=float)
    return weights / weights.sum()


def _decimal(values, digits=2):
    return pd.Series(np.round(values, digits)).map(("{:.%df}" % digits).format).str.replace(".", ",", regex=False)


def make_chunk(rng, towns: pd.DataFrame, town_weights: np.ndarray, first_id: int, size: int) -> pd.DataFrame:
    pick = rng.choice(len(towns), size=size, p=town_weights)
    town = towns.iloc[pick]
    uf = town["uf"].to_numpy()
    code = town.index.to_numpy().astype(object)
    modality_index = rng.choice(len(MODALITIES), size=size, p=_normalised([m[1] for m in MODALITIES]))
    mean_kw = np.array([m[2] for m in MODALITIES])[modality_index]
    sigma = 0.8
    capacity = np.maximum(np.round(rng.lognormal(np.log(mean_kw) - sigma**2 / 2, sigma), 2), 0.5)
    person = rng.random(size) < 0.71
    class_index = np.where(person, rng.choice(len(CLASSES), size=size, p=[0.9, 0.02, 0.08, 0.0, 0.0]),
                           rng.choice(len(CLASSES), size=size, p=[0.1, 0.55, 0.2, 0.1, 0.05]))
    kind_index = rng.choice(len(KINDS), size=size, p=_normalised([k[2] for k in KINDS]))
    growth = 4.0  # about e^4 ≈ 55 × more connections in 2025 than in 2012
    fraction = np.log1p(rng.random(size) * np.expm1(growth)) / growth
    start, end = np.datetime64("2012-01-01"), np.datetime64("2025-12-31")
    dates = (start + (fraction * (end - start).astype(int)).astype("timedelta64[D]")).astype(str).astype(object)
    lon = town["lon"].to_numpy() + rng.normal(0, 0.04, size)
    lat = town["lat"].to_numpy() + rng.normal(0, 0.04, size)

    # quirks
    wrong = rng.random(size) < 0.003
    other = towns.iloc[rng.choice(len(towns), size=int(wrong.sum()))]
    lon[wrong], lat[wrong] = other["lon"].to_numpy(), other["lat"].to_numpy()
    lat_text, lon_text = _decimal(lat), _decimal(lon)
    no_comma = rng.random(size) < 0.005
    lat_text[no_comma] = lat_text[no_comma].str.replace(",", "", regex=False)
    lon_text[no_comma] = lon_text[no_comma].str.replace(",", "", regex=False)
    six = rng.random(size) < 0.02
    code[six] = [c[:6] for c in code[six]]
    dates[rng.random(size) < 0.002] = "1900-01-01"
    broken = rng.random(size) < 0.00001

    ids = np.arange(first_id, first_id + size)
    state_code = np.array([ibge.state_code_of(u) for u in uf], dtype=object)
    digits = rng.integers(0, 1000, size=(size, 2))
    person_doc = pd.Series(digits[:, 0]).map("***.{:03d}.".format) + pd.Series(digits[:, 1]).map("{:03d}-**".format)
    company_doc = pd.Series(rng.integers(10**12, 10**14, size)).map("{:014d}".format)
    holder = np.where(person, "***", pd.Series(ids).map("EMPRESA SINTETICA {} LTDA".format))
    holder[broken] = "BROKEN_ROW_MARKER"
    substation = np.where(rng.random(size) < 0.05, "SE SINTETICA", "")
    distributor_cnpj = pd.Series(state_code).map(lambda s: f"{int(s) * 1000003:d}000100")
    return pd.DataFrame({
        "DatGeracaoConjuntoDados": "2026-01-16", "AnmPeriodoReferencia": "01/2026",
        "NumCNPJDistribuidora": distributor_cnpj.to_numpy(), "SigAgente": "SIN-" + pd.Series(uf),
        "NomAgente": "DISTRIBUIDORA SINTETICA " + pd.Series(uf),
        "CodClasseConsumo": np.array([c[0] for c in CLASSES], dtype=object)[class_index],
        "DscClasseConsumo": np.array([c[1] for c in CLASSES], dtype=object)[class_index],
        "CodSubGrupoTarifario": "", "DscSubGrupoTarifario": np.array([c[2] for c in CLASSES], dtype=object)[class_index],
        "CodUFibge": state_code, "SigUF": uf, "CodRegiao": [s[0] for s in state_code],
        "NomRegiao": [REGION[s[0]] for s in state_code], "CodMunicipioIbge": code,
        "NomMunicipio": town["name"].to_numpy(),
        "CodCEP": pd.Series(rng.integers(10000, 99999, size)).map("{}***".format).to_numpy(),
        "SigTipoConsumidor": np.where(person, "PF", "PJ"),
        "NumCPFCNPJ": np.where(person, person_doc, company_doc), "NomTitularEmpreendimento": holder,
        "CodEmpreendimento": pd.Series(uf).str.cat(pd.Series(ids).map("{:09d}".format), sep=".SYN.").radd("GD.").to_numpy(),
        "DthAtualizaCadastralEmpreend": dates, "SigModalidadeEmpreendimento": "",
        "DscModalidadeHabilitado": np.array([m[0] for m in MODALITIES], dtype=object)[modality_index],
        "QtdUCRecebeCredito": np.where(modality_index == 0, 1, rng.integers(1, 8, size)),
        "SigTipoGeracao": np.array([k[0] for k in KINDS], dtype=object)[kind_index],
        "DscFonteGeracao": np.array([k[1] for k in KINDS], dtype=object)[kind_index],
        "DscPorte": np.where(capacity > 75, "Minigeracao", "Microgeracao"),
        "NumCoordNEmpreendimento": lat_text.to_numpy(), "NumCoordEEmpreendimento": lon_text.to_numpy(),
        "MdaPotenciaInstaladaKW": _decimal(capacity).to_numpy(), "NomSubEstacao": substation,
        "NumCoordESub": "", "NumCoordNSub": "",
    }, columns=COLUMNS)


def write_sample(rows: int, out: Path, states: list[str], seed: int, encoding: str, as_zip: bool) -> Path:
    rng = np.random.default_rng(seed)
    towns = ibge.municipalities()
    share = {uf: STATE_SHARE[uf] for uf in (states or STATE_SHARE)}
    towns = towns[towns["uf"].isin(share)]
    weights = towns["population"].to_numpy(float)
    state_population = towns.groupby("uf")["population"].transform("sum").to_numpy(float)
    weights = weights / state_population * towns["uf"].map(share).to_numpy(float)
    weights /= weights.sum()
    target = out.with_suffix(".zip") if as_zip else out
    archive = zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=1) if as_zip else None
    handle = archive.open(out.with_suffix(".csv").name, "w", force_zip64=True) if archive else open(out, "wb")
    try:
        handle.write((";".join(f'"{c}"' for c in COLUMNS) + "\r\n").encode(encoding))
        written = 0
        while written < rows:
            size = min(CHUNK, rows - written)
            duplicates = size // 100
            frame = make_chunk(rng, towns, weights, written + 1, size - duplicates)
            frame = pd.concat([frame, frame.sample(duplicates, random_state=rng.integers(2**31))], ignore_index=True)
            frame = frame.iloc[rng.permutation(len(frame))]
            text = frame.to_csv(sep=";", quoting=csv.QUOTE_ALL, header=False, index=False, lineterminator="\r\n")
            text = text.replace('"BROKEN_ROW_MARKER"', '"***";"campo extra"')
            handle.write(text.encode(encoding))
            written += size
    finally:
        handle.close()
        if archive:
            archive.close()
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rows", nargs="?", type=int, default=4_000_000)
    parser.add_argument("--states", default="", help="comma-separated UFs (default: all 27)")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--out", type=Path, default=Path("bench-data/empreendimento-geracao-distribuida-sample.csv"))
    parser.add_argument("--encoding", choices=["latin1", "utf8"], default="latin1")
    parser.add_argument("--zip", action="store_true", help="write a .zip holding the CSV")
    args = parser.parse_args()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    target = write_sample(args.rows, args.out, ibge.parse_uf_list(args.states), args.seed,
                          "latin-1" if args.encoding == "latin1" else "utf-8", args.zip)
    print(f"wrote {args.rows:,} rows to {target} ({target.stat().st_size / 1e6:.1f} MB) "
          f"in {time.perf_counter() - started:.1f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
