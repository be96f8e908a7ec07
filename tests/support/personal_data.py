"""The personal values of the three real GD rows (tests/data/aneel_gd), and a scan of frames for them.

CodCEP, NumCPFCNPJ and NomTitularEmpreendimento as the file holds them (read off it by hand; the
test that uses them checks they are really there). No output of NetLoad may carry any of them.
"""

import re

import pandas as pd

PERSONAL = ["69912452", "69900273", "69919***", "12005360000165", "05458883000100", "***.754.418-**",
            "ELITE ENGENHARIA LTDA", "ADVOCACIA PAL"]
PERSONAL_COLUMNS = ("CodCEP", "NumCPFCNPJ", "NomTitularEmpreendimento")
PATTERNS = [re.compile(pattern) for pattern in (
    r"\d{5}-?\d{3}",  # a CEP
    r"\d{5}\*\*\*",  # a CEP masked as ANEEL masks it
    r"[\d*]{3}\.[\d*]{3}\.[\d*]{3}-[\d*]{2}",  # a CPF, masked or not
    r"\d{2}\.?\d{3}\.?\d{3}/?\d{4}-?\d{2}",  # a CNPJ
)]


def personal_data_in(frame: pd.DataFrame, allowed_cnpj_column: str | None = None, patterns: bool = True) -> list:
    """Every cell of ``frame`` holding a personal value of the sample (or, with ``patterns``, shaped like one;
    ``allowed_cnpj_column`` may hold a company's CNPJ)."""
    found = []
    for column in frame.columns:
        for value in frame[column].dropna().astype(str):
            if any(marker in value for marker in PERSONAL):
                found.append(f"{column}={value!r}")
            elif patterns and column != allowed_cnpj_column and any(p.search(value) for p in PATTERNS):
                found.append(f"{column}={value!r}")
    return found
