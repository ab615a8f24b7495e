from setuptools import find_packages, setup

setup(
    name="plangen",
    version="0.1.0",
    description="Verksamhetsplan, budget och slutrapport ur Excel-arbetsböcker – varje summa omräknad.",
    python_requires=">=3.11",
    # The Word templates live at the top of the repository (design card); every install carries a copy as the
    # package data generator/_templates, which generator.inputset finds through importlib.resources.
    packages=[*find_packages(include=["generator", "generator.*"]), "generator._templates"],
    package_dir={"generator._templates": "templates"},
    package_data={"generator._templates": ["*.docx"]},
    install_requires=[
        "python-docx>=1.1",
        "openpyxl>=3.1",
        "click>=8.1",
        "Babel>=2.14",
        "rich>=13",
        "defusedxml>=0.7",
        "pikepdf>=9",
        "docxcompose>=2.2",
    ],
    # page-validation: a PDF/A and PDF/UA-1 validator (Rust, no JVM) that the PDF tests run.
    extras_require={"test": ["pytest>=8", "hypothesis>=6.100", "ruff>=0.5", "page-validation>=0.11"]},
    entry_points={"console_scripts": ["plangen=generator.cli:main"]},
)
