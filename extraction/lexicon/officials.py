"""Officials news names without saying whose they are ("Blair said"): their own country, and the
years they were in the news. Written from general knowledge, not from any article the app reads.
Hong Kong's officials are China's, as the gazetteer counts the region."""

_OFFICIALS = """
Jimmy Carter | US | 1980 | 2021
Ronald Reagan | US | 1980 | 2004
George Bush | US | 1980 | 2018
George H.W. Bush | US | 1980 | 2018
Bill Clinton | US | 1992 | 2021
George W. Bush | US | 1999 | 2021
Barack Obama | US | 2007 | 2021
Donald Trump | US | 2015 | 2021
Joe Biden | US | 1987 | 2021
Walter Mondale | US | 1980 | 1985
Dan Quayle | US | 1988 | 1993
Al Gore | US | 1992 | 2008
Dick Cheney | US | 1989 | 2009
Mike Pence | US | 2016 | 2021
Kamala Harris | US | 2019 | 2021
Edmund Muskie | US | 1980 | 1981
Alexander Haig | US | 1981 | 1983
George Shultz | US | 1982 | 1990
James Baker | US | 1985 | 1993
Lawrence Eagleburger | US | 1989 | 1993
Warren Christopher | US | 1993 | 1997
Madeleine Albright | US | 1993 | 2003
Colin Powell | US | 1989 | 2006
Condoleezza Rice | US | 2001 | 2010
Hillary Clinton | US | 1993 | 2017
Hillary Rodham Clinton | US | 1993 | 2017
John Kerry | US | 2004 | 2021
Rex Tillerson | US | 2017 | 2018
Mike Pompeo | US | 2017 | 2021
Antony Blinken | US | 2014 | 2021
Caspar Weinberger | US | 1981 | 1988
Frank Carlucci | US | 1987 | 1989
Les Aspin | US | 1993 | 1994
William Perry | US | 1994 | 1997
William Cohen | US | 1997 | 2001
Donald Rumsfeld | US | 2001 | 2007
Robert Gates | US | 2006 | 2011
Leon Panetta | US | 2009 | 2013
Chuck Hagel | US | 2013 | 2015
Ashton Carter | US | 2015 | 2017
Ash Carter | US | 2015 | 2017
James Mattis | US | 2017 | 2019
Jim Mattis | US | 2017 | 2019
Mark Esper | US | 2019 | 2020
Lloyd Austin | US | 2020 | 2021
Zbigniew Brzezinski | US | 1980 | 1981
Robert McFarlane | US | 1983 | 1987
John Poindexter | US | 1985 | 1988
Oliver North | US | 1986 | 1990
Brent Scowcroft | US | 1989 | 1993
Anthony Lake | US | 1993 | 1997
Sandy Berger | US | 1997 | 2001
Stephen Hadley | US | 2005 | 2009
Susan Rice | US | 2009 | 2017
Michael Flynn | US | 2016 | 2020
H.R. McMaster | US | 2017 | 2018
John Bolton | US | 2001 | 2020
Robert O'Brien | US | 2019 | 2021
Jake Sullivan | US | 2020 | 2021
Jeane Kirkpatrick | US | 1981 | 1985
Richard Holbrooke | US | 1995 | 2010
Nikki Haley | US | 2017 | 2021
Samantha Power | US | 2013 | 2017
Dennis Ross | US | 1989 | 2001
George Mitchell | US | 1995 | 2011
William Casey | US | 1981 | 1987
George Tenet | US | 1997 | 2004
Newt Gingrich | US | 1994 | 1999
Nancy Pelosi | US | 2003 | 2021
John McCain | US | 2000 | 2018
Tip O'Neill | US | 1980 | 1986
Bob Dole | US | 1985 | 1996
Mitch McConnell | US | 2007 | 2021
Marco Rubio | US | 2011 | 2021
Tom Cotton | US | 2015 | 2021
Lindsey Graham | US | 2003 | 2021
Chuck Schumer | US | 1999 | 2021
Ted Cruz | US | 2013 | 2021
Elizabeth Warren | US | 2013 | 2021
Bernie Sanders | US | 2007 | 2021
Rand Paul | US | 2011 | 2021
Mitt Romney | US | 2003 | 2021
Bob Menendez | US | 2006 | 2021
Adam Schiff | US | 2001 | 2021
Josh Hawley | US | 2019 | 2021
Jim Risch | US | 2009 | 2021
Chris Murphy | US | 2013 | 2021
Jesse Helms | US | 1980 | 2002
Joe Lieberman | US | 1989 | 2013
Richard Lugar | US | 1980 | 2013
Sam Nunn | US | 1980 | 1997

Mikhail Gorbachev | SU | 1985 | 1991
Leonid Brezhnev | SU | 1980 | 1982
Yuri Andropov | SU | 1982 | 1984
Konstantin Chernenko | SU | 1984 | 1985
Andrei Gromyko | SU | 1980 | 1989
Nikolai Ryzhkov | SU | 1985 | 1991
Nikolai Tikhonov | SU | 1980 | 1985
Alexei Kosygin | SU | 1980 | 1980
Dmitri Ustinov | SU | 1980 | 1984
Dmitry Yazov | SU | 1987 | 1991
Sergei Akhromeyev | SU | 1984 | 1991
Yegor Ligachev | SU | 1985 | 1990
Alexander Yakovlev | SU | 1986 | 1991
Vladimir Kryuchkov | SU | 1988 | 1991
Gennady Yanayev | SU | 1990 | 1991
Valentin Pavlov | SU | 1991 | 1991
Andrei Sakharov | SU | 1980 | 1989
Alexander Bessmertnykh | SU | 1991 | 1991
Anatoly Dobrynin | SU | 1980 | 1986
Anatoly Lukyanov | SU | 1988 | 1991
Raisa Gorbachev | SU | 1985 | 1991
Mikhail Gorbachov | SU | 1985 | 1991

Boris Yeltsin | RU | 1987 | 2007
Vladimir Putin | RU | 1999 | 2021
Dmitry Medvedev | RU | 2005 | 2021
Dmitri Medvedev | RU | 2005 | 2021
Viktor Chernomyrdin | RU | 1992 | 2001
Yevgeny Primakov | RU | 1991 | 2000
Sergei Kiriyenko | RU | 1998 | 2005
Sergei Stepashin | RU | 1998 | 2000
Mikhail Kasyanov | RU | 2000 | 2012
Mikhail Fradkov | RU | 2004 | 2007
Viktor Zubkov | RU | 2007 | 2008
Mikhail Mishustin | RU | 2020 | 2021
Andrei Kozyrev | RU | 1990 | 1996
Igor Ivanov | RU | 1998 | 2007
Sergei Lavrov | RU | 1994 | 2021
Pavel Grachev | RU | 1992 | 1996
Igor Sergeyev | RU | 1997 | 2001
Sergei Ivanov | RU | 1999 | 2016
Anatoly Serdyukov | RU | 2007 | 2012
Sergei Shoigu | RU | 1994 | 2021
Alexander Lebed | RU | 1995 | 2002
Gennady Zyuganov | RU | 1993 | 2021
Vladimir Zhirinovsky | RU | 1991 | 2021
Grigory Yavlinsky | RU | 1991 | 2008
Yegor Gaidar | RU | 1991 | 2009
Anatoly Chubais | RU | 1992 | 2008
Ruslan Khasbulatov | RU | 1991 | 1994
Alexander Rutskoi | RU | 1991 | 1994
Boris Nemtsov | RU | 1997 | 2015
Alexei Navalny | RU | 2011 | 2021
Mikhail Khodorkovsky | RU | 2003 | 2021
Garry Kasparov | RU | 2005 | 2015
Boris Berezovsky | RU | 1996 | 2013
Vitaly Churkin | RU | 2006 | 2017
Vassily Nebenzia | RU | 2017 | 2021
Dmitry Peskov | RU | 2008 | 2021
Maria Zakharova | RU | 2015 | 2021
Nikolai Patrushev | RU | 1999 | 2021
Valentina Matviyenko | RU | 2011 | 2021
Ramzan Kadyrov | RU | 2004 | 2021
Akhmad Kadyrov | RU | 2000 | 2004
Dzhokhar Dudayev | RU | 1991 | 1996
Aslan Maskhadov | RU | 1996 | 2005
Shamil Basayev | RU | 1995 | 2006
Sergei Naryshkin | RU | 2008 | 2021
Vladislav Surkov | RU | 2004 | 2020
Yuri Luzhkov | RU | 1992 | 2010
Alexei Kudrin | RU | 2000 | 2021

Deng Xiaoping | CN | 1980 | 1997
Hua Guofeng | CN | 1980 | 1982
Hu Yaobang | CN | 1980 | 1989
Zhao Ziyang | CN | 1980 | 2005
Li Peng | CN | 1987 | 2003
Jiang Zemin | CN | 1989 | 2012
Zhu Rongji | CN | 1991 | 2003
Hu Jintao | CN | 2002 | 2013
Wen Jiabao | CN | 2003 | 2013
Xi Jinping | CN | 2008 | 2021
Li Keqiang | CN | 2008 | 2021
Li Xiannian | CN | 1980 | 1992
Yang Shangkun | CN | 1988 | 1993
Qiao Shi | CN | 1987 | 1998
Li Ruihuan | CN | 1989 | 2003
Wu Bangguo | CN | 2003 | 2013
Huang Ju | CN | 2003 | 2007
Jia Qinglin | CN | 2003 | 2012
Zeng Qinghong | CN | 2002 | 2008
Wu Guanzheng | CN | 2002 | 2007
Luo Gan | CN | 2002 | 2007
Li Changchun | CN | 2002 | 2012
Zhou Yongkang | CN | 2007 | 2015
He Guoqiang | CN | 2007 | 2012
Bo Xilai | CN | 2004 | 2013
Wang Qishan | CN | 2008 | 2021
Li Zhanshu | CN | 2012 | 2021
Wang Yang | CN | 2012 | 2021
Han Zheng | CN | 2017 | 2021
Zhao Leji | CN | 2017 | 2021
Wang Huning | CN | 2017 | 2021
Huang Hua | CN | 1980 | 1983
Wu Xueqian | CN | 1982 | 1988
Qian Qichen | CN | 1988 | 2003
Tang Jiaxuan | CN | 1998 | 2008
Li Zhaoxing | CN | 2003 | 2007
Yang Jiechi | CN | 2007 | 2021
Wang Yi | CN | 2013 | 2021
Dai Bingguo | CN | 2008 | 2013
Chi Haotian | CN | 1993 | 2003
Cao Gangchuan | CN | 2003 | 2008
Liang Guanglie | CN | 2008 | 2013
Chang Wanquan | CN | 2013 | 2018
Wei Fenghe | CN | 2018 | 2021
Zhang Aiping | CN | 1982 | 1988
Wei Jingsheng | CN | 1980 | 2000
Wang Dan | CN | 1989 | 2000
Liu Xiaobo | CN | 2008 | 2017
Ai Weiwei | CN | 2008 | 2021
Hua Chunying | CN | 2012 | 2021
Zhao Lijian | CN | 2019 | 2021
Wang Wenbin | CN | 2020 | 2021
Zhu Bangzao | CN | 1998 | 2002
Liu Jianchao | CN | 2003 | 2009
Qin Gang | CN | 2005 | 2021
Cui Tiankai | CN | 2013 | 2021
Zhang Yesui | CN | 2008 | 2021

Chiang Ching-kuo | TW | 1980 | 1988
Lee Teng-hui | TW | 1988 | 2020
Chen Shui-bian | TW | 2000 | 2010
Ma Ying-jeou | TW | 2005 | 2016
Tsai Ing-wen | TW | 2008 | 2021
Lien Chan | TW | 1993 | 2008
Vincent Siew | TW | 1997 | 2012
James Soong | TW | 1994 | 2016
Annette Lu | TW | 2000 | 2008
Frank Hsieh | TW | 2005 | 2008
Eric Chu | TW | 2015 | 2021
Joseph Wu | TW | 2018 | 2021

Chris Patten | GB | 1992 | 2005
Tung Chee-hwa | CN | 1996 | 2005
Donald Tsang | CN | 2005 | 2012
Leung Chun-ying | CN | 2012 | 2017
CY Leung | CN | 2012 | 2017
Carrie Lam | CN | 2017 | 2021
Martin Lee | CN | 1990 | 2020
Anson Chan | CN | 1993 | 2014
Joshua Wong | CN | 2014 | 2021
Jimmy Lai | CN | 2014 | 2021

Masayoshi Ohira | JP | 1980 | 1980
Zenko Suzuki | JP | 1980 | 1982
Yasuhiro Nakasone | JP | 1982 | 1990
Noboru Takeshita | JP | 1987 | 1989
Sosuke Uno | JP | 1989 | 1989
Toshiki Kaifu | JP | 1989 | 1991
Kiichi Miyazawa | JP | 1986 | 2001
Morihiro Hosokawa | JP | 1993 | 1994
Tsutomu Hata | JP | 1994 | 1994
Tomiichi Murayama | JP | 1994 | 1996
Ryutaro Hashimoto | JP | 1996 | 1998
Keizo Obuchi | JP | 1997 | 2000
Yoshiro Mori | JP | 2000 | 2001
Junichiro Koizumi | JP | 2001 | 2006
Shinzo Abe | JP | 2003 | 2021
Yasuo Fukuda | JP | 2007 | 2008
Taro Aso | JP | 2005 | 2021
Yukio Hatoyama | JP | 2009 | 2010
Naoto Kan | JP | 2010 | 2011
Yoshihiko Noda | JP | 2011 | 2012
Yoshihide Suga | JP | 2012 | 2021
Fumio Kishida | JP | 2012 | 2021
Shintaro Abe | JP | 1982 | 1991
Yohei Kono | JP | 1993 | 2009
Makiko Tanaka | JP | 2001 | 2002
Kakuei Tanaka | JP | 1980 | 1985
Ichiro Ozawa | JP | 1989 | 2012
Nobutaka Machimura | JP | 2004 | 2008
Masahiko Komura | JP | 1998 | 2008
Katsuya Okada | JP | 2009 | 2012
Koichiro Gemba | JP | 2011 | 2012
Taro Kono | JP | 2017 | 2021
Toshimitsu Motegi | JP | 2019 | 2021
Tomomi Inada | JP | 2016 | 2017
Itsunori Onodera | JP | 2012 | 2018
Nobuo Kishi | JP | 2020 | 2021
Akihito | JP | 1989 | 2019
Naruhito | JP | 2019 | 2021
Hirohito | JP | 1980 | 1989

Chun Doo-hwan | KR | 1980 | 1996
Roh Tae-woo | KR | 1987 | 1996
Kim Young-sam | KR | 1980 | 1998
Kim Dae-jung | KR | 1980 | 2009
Roh Moo-hyun | KR | 2002 | 2009
Lee Myung-bak | KR | 2007 | 2018
Park Geun-hye | KR | 2012 | 2021
Moon Jae-in | KR | 2012 | 2021
Kim Jong-pil | KR | 1987 | 2000
Lee Hoi-chang | KR | 1997 | 2007
Goh Kun | KR | 1997 | 2004
Lee Hae-chan | KR | 2004 | 2006
Han Seung-soo | KR | 2001 | 2009
Ban Ki-moon | KR | 2004 | 2016
Yu Myung-hwan | KR | 2008 | 2010
Kim Sung-hwan | KR | 2010 | 2013
Yun Byung-se | KR | 2013 | 2017
Kang Kyung-wha | KR | 2017 | 2021
Chung Eui-yong | KR | 2017 | 2021
Lim Dong-won | KR | 1999 | 2003
Song Min-soon | KR | 2006 | 2008
Chung Dong-young | KR | 2004 | 2007
Chung Sye-kyun | KR | 2020 | 2021
Lee Nak-yon | KR | 2017 | 2021
Hwang Kyo-ahn | KR | 2015 | 2020
Yoon Suk-yeol | KR | 2019 | 2021
Suh Hoon | KR | 2017 | 2021

Kim Il Sung | KP | 1980 | 1994
Kim Il-sung | KP | 1980 | 1994
Kim Jong Il | KP | 1980 | 2011
Kim Jong-il | KP | 1980 | 2011
Kim Jong Un | KP | 2010 | 2021
Kim Jong-un | KP | 2010 | 2021
Kim Yong Nam | KP | 1983 | 2019
Kim Yong-nam | KP | 1983 | 2019
Kim Yo Jong | KP | 2018 | 2021
Kim Yo-jong | KP | 2018 | 2021
Kim Kye Gwan | KP | 2002 | 2019
Kang Sok Ju | KP | 1993 | 2016
Ri Yong Ho | KP | 2016 | 2020
Ri Su Yong | KP | 2014 | 2016
Choe Ryong Hae | KP | 2010 | 2021
Jang Song Thaek | KP | 2008 | 2013
Kim Yong Chol | KP | 2018 | 2020
Paek Nam Sun | KP | 1998 | 2007
Choe Son Hui | KP | 2018 | 2021
Hwang Jang Yop | KP | 1997 | 2010

Margaret Thatcher | GB | 1980 | 2013
John Major | GB | 1989 | 1998
Tony Blair | GB | 1994 | 2016
Gordon Brown | GB | 1997 | 2010
David Cameron | GB | 2005 | 2016
Theresa May | GB | 2010 | 2019
Boris Johnson | GB | 2008 | 2021
Neil Kinnock | GB | 1983 | 2004
Michael Foot | GB | 1980 | 1983
John Smith | GB | 1992 | 1994
William Hague | GB | 1997 | 2014
Iain Duncan Smith | GB | 2001 | 2003
Michael Howard | GB | 2003 | 2005
Ed Miliband | GB | 2010 | 2015
Jeremy Corbyn | GB | 2015 | 2020
Keir Starmer | GB | 2020 | 2021
Nick Clegg | GB | 2010 | 2015
Lord Carrington | GB | 1980 | 1992
Francis Pym | GB | 1982 | 1983
Geoffrey Howe | GB | 1983 | 1990
Douglas Hurd | GB | 1989 | 1995
Malcolm Rifkind | GB | 1992 | 1997
Robin Cook | GB | 1997 | 2005
Jack Straw | GB | 2001 | 2007
Margaret Beckett | GB | 2006 | 2007
David Miliband | GB | 2007 | 2010
Philip Hammond | GB | 2010 | 2019
Dominic Raab | GB | 2018 | 2021
Jeremy Hunt | GB | 2018 | 2019
Liz Truss | GB | 2019 | 2021
Michael Heseltine | GB | 1983 | 1995
Tom King | GB | 1989 | 1992
Michael Portillo | GB | 1995 | 1997
George Robertson | GB | 1997 | 2004
Geoff Hoon | GB | 1999 | 2005
John Reid | GB | 2005 | 2007
Des Browne | GB | 2006 | 2008
Liam Fox | GB | 2010 | 2011
Michael Fallon | GB | 2014 | 2017
Gavin Williamson | GB | 2017 | 2019
Ben Wallace | GB | 2019 | 2021
Peter Mandelson | GB | 1997 | 2010
Alastair Campbell | GB | 1997 | 2004
Queen Elizabeth | GB | 1980 | 2021
Elizabeth II | GB | 1980 | 2021
Prince Charles | GB | 1980 | 2021
Princess Diana | GB | 1981 | 1997
David Trimble | GB | 1995 | 2005
Ian Paisley | GB | 1980 | 2014
Nicola Sturgeon | GB | 2014 | 2021
Alex Salmond | GB | 2007 | 2021
Nigel Farage | GB | 2010 | 2021
Sajid Javid | GB | 2018 | 2021
Rishi Sunak | GB | 2020 | 2021
Mo Mowlam | GB | 1997 | 1999

Valery Giscard d'Estaing | FR | 1980 | 1981
Francois Mitterrand | FR | 1980 | 1996
Jacques Chirac | FR | 1980 | 2007
Nicolas Sarkozy | FR | 2004 | 2017
Francois Hollande | FR | 2011 | 2017
Emmanuel Macron | FR | 2016 | 2021
Raymond Barre | FR | 1980 | 1988
Pierre Mauroy | FR | 1981 | 1984
Laurent Fabius | FR | 1984 | 2016
Michel Rocard | FR | 1988 | 1991
Edith Cresson | FR | 1991 | 1992
Pierre Beregovoy | FR | 1992 | 1993
Edouard Balladur | FR | 1993 | 1995
Alain Juppe | FR | 1993 | 2012
Lionel Jospin | FR | 1995 | 2002
Jean-Pierre Raffarin | FR | 2002 | 2005
Dominique de Villepin | FR | 2002 | 2007
Francois Fillon | FR | 2007 | 2017
Jean-Marc Ayrault | FR | 2012 | 2017
Manuel Valls | FR | 2014 | 2017
Bernard Cazeneuve | FR | 2014 | 2017
Edouard Philippe | FR | 2017 | 2020
Jean Castex | FR | 2020 | 2021
Claude Cheysson | FR | 1981 | 1984
Roland Dumas | FR | 1984 | 1993
Herve de Charette | FR | 1995 | 1997
Hubert Vedrine | FR | 1997 | 2002
Michel Barnier | FR | 2004 | 2021
Philippe Douste-Blazy | FR | 2005 | 2007
Bernard Kouchner | FR | 2007 | 2010
Michele Alliot-Marie | FR | 2002 | 2011
Jean-Yves Le Drian | FR | 2012 | 2021
Charles Hernu | FR | 1981 | 1985
Jean-Pierre Chevenement | FR | 1988 | 2002
Herve Morin | FR | 2007 | 2010
Florence Parly | FR | 2017 | 2021
Jean-Marie Le Pen | FR | 1984 | 2015
Marine Le Pen | FR | 2011 | 2021
Segolene Royal | FR | 2006 | 2017
Dominique Strauss-Kahn | FR | 1997 | 2012
Christine Lagarde | FR | 2007 | 2021
Jacques Delors | FR | 1985 | 1995

Helmut Schmidt | DE | 1980 | 1982
Helmut Kohl | DE | 1980 | 2017
Gerhard Schroeder | DE | 1998 | 2005
Gerhard Schröder | DE | 1998 | 2005
Angela Merkel | DE | 2000 | 2021
Olaf Scholz | DE | 2018 | 2021
Hans-Dietrich Genscher | DE | 1980 | 1992
Klaus Kinkel | DE | 1992 | 1998
Joschka Fischer | DE | 1998 | 2005
Frank-Walter Steinmeier | DE | 2005 | 2021
Guido Westerwelle | DE | 2009 | 2013
Sigmar Gabriel | DE | 2013 | 2018
Heiko Maas | DE | 2018 | 2021
Manfred Woerner | DE | 1982 | 1994
Manfred Wörner | DE | 1982 | 1994
Gerhard Stoltenberg | DE | 1989 | 1992
Volker Ruehe | DE | 1992 | 1998
Volker Rühe | DE | 1992 | 1998
Rudolf Scharping | DE | 1998 | 2002
Peter Struck | DE | 2002 | 2005
Franz Josef Jung | DE | 2005 | 2009
Karl-Theodor zu Guttenberg | DE | 2009 | 2011
Thomas de Maiziere | DE | 2011 | 2018
Ursula von der Leyen | DE | 2013 | 2021
Annegret Kramp-Karrenbauer | DE | 2018 | 2021
Richard von Weizsaecker | DE | 1984 | 1994
Richard von Weizsäcker | DE | 1984 | 1994
Roman Herzog | DE | 1994 | 1999
Johannes Rau | DE | 1999 | 2004
Horst Koehler | DE | 2004 | 2010
Horst Köhler | DE | 2004 | 2010
Christian Wulff | DE | 2010 | 2012
Joachim Gauck | DE | 2012 | 2017
Wolfgang Schaeuble | DE | 1990 | 2021
Wolfgang Schäuble | DE | 1990 | 2021
Oskar Lafontaine | DE | 1990 | 2009
Franz Josef Strauss | DE | 1980 | 1988
Erich Honecker | DD | 1980 | 1994
Egon Krenz | DD | 1989 | 1990
Hans Modrow | DD | 1989 | 1990
Lothar de Maiziere | DD | 1990 | 1990
Willi Stoph | DD | 1980 | 1989
Armin Laschet | DE | 2021 | 2021

Francesco Cossiga | IT | 1980 | 1992
Sandro Pertini | IT | 1980 | 1985
Oscar Luigi Scalfaro | IT | 1992 | 1999
Carlo Azeglio Ciampi | IT | 1993 | 2006
Giorgio Napolitano | IT | 2006 | 2015
Sergio Mattarella | IT | 2015 | 2021
Giulio Andreotti | IT | 1980 | 2013
Bettino Craxi | IT | 1983 | 2000
Giovanni Spadolini | IT | 1981 | 1987
Amintore Fanfani | IT | 1982 | 1987
Ciriaco De Mita | IT | 1988 | 1989
Giuliano Amato | IT | 1992 | 2001
Silvio Berlusconi | IT | 1994 | 2021
Lamberto Dini | IT | 1995 | 2001
Romano Prodi | IT | 1996 | 2008
Massimo D'Alema | IT | 1998 | 2008
Mario Monti | IT | 2011 | 2013
Enrico Letta | IT | 2013 | 2021
Matteo Renzi | IT | 2014 | 2021
Paolo Gentiloni | IT | 2014 | 2021
Giuseppe Conte | IT | 2018 | 2021
Mario Draghi | IT | 2011 | 2021
Emilio Colombo | IT | 1980 | 1983
Gianni De Michelis | IT | 1989 | 1992
Franco Frattini | IT | 2002 | 2011
Gianfranco Fini | IT | 1994 | 2013
Federica Mogherini | IT | 2014 | 2019
Luigi Di Maio | IT | 2018 | 2021
Matteo Salvini | IT | 2018 | 2021
Umberto Bossi | IT | 1992 | 2012
Pope John Paul II | VA | 1980 | 2005
John Paul II | VA | 1980 | 2005
Pope Benedict XVI | VA | 2005 | 2013
Benedict XVI | VA | 2005 | 2013
Pope Francis | VA | 2013 | 2021

Adolfo Suarez | ES | 1980 | 1981
Leopoldo Calvo-Sotelo | ES | 1981 | 1982
Felipe Gonzalez | ES | 1982 | 1996
Jose Maria Aznar | ES | 1996 | 2004
Jose Luis Rodriguez Zapatero | ES | 2004 | 2011
Mariano Rajoy | ES | 2011 | 2018
Pedro Sanchez | ES | 2014 | 2021
Juan Carlos | ES | 1980 | 2021
Felipe VI | ES | 2014 | 2021
Javier Solana | ES | 1992 | 2009
Fernando Moran | ES | 1982 | 1985
Francisco Fernandez Ordonez | ES | 1985 | 1992
Abel Matutes | ES | 1996 | 2000
Josep Pique | ES | 2000 | 2002
Ana Palacio | ES | 2002 | 2004
Miguel Angel Moratinos | ES | 2004 | 2010
Trinidad Jimenez | ES | 2010 | 2011
Jose Manuel Garcia-Margallo | ES | 2011 | 2016
Josep Borrell | ES | 2018 | 2021
Carles Puigdemont | ES | 2016 | 2021

Dries van Agt | NL | 1980 | 1982
Ruud Lubbers | NL | 1982 | 2005
Wim Kok | NL | 1994 | 2002
Jan Peter Balkenende | NL | 2002 | 2010
Mark Rutte | NL | 2010 | 2021
Hans van den Broek | NL | 1982 | 1993
Hans van Mierlo | NL | 1994 | 1998
Jozias van Aartsen | NL | 1998 | 2002
Jaap de Hoop Scheffer | NL | 2002 | 2009
Bernard Bot | NL | 2003 | 2007
Maxime Verhagen | NL | 2007 | 2010
Frans Timmermans | NL | 2012 | 2021
Beatrix | NL | 1980 | 2013
Geert Wilders | NL | 2006 | 2021
Pim Fortuyn | NL | 2001 | 2002

Wilfried Martens | BE | 1980 | 1992
Jean-Luc Dehaene | BE | 1992 | 1999
Guy Verhofstadt | BE | 1999 | 2021
Yves Leterme | BE | 2007 | 2011
Herman Van Rompuy | BE | 2008 | 2014
Elio Di Rupo | BE | 2011 | 2014
Charles Michel | BE | 2014 | 2021
Leo Tindemans | BE | 1981 | 1989
Willy Claes | BE | 1992 | 1995
Louis Michel | BE | 1999 | 2004
Karel De Gucht | BE | 2004 | 2014
Didier Reynders | BE | 2011 | 2021
Baudouin | BE | 1980 | 1993

Olof Palme | SE | 1980 | 1986
Ingvar Carlsson | SE | 1986 | 1996
Carl Bildt | SE | 1991 | 2014
Goran Persson | SE | 1996 | 2006
Fredrik Reinfeldt | SE | 2006 | 2014
Stefan Lofven | SE | 2014 | 2021
Anna Lindh | SE | 1998 | 2003
Laila Freivalds | SE | 2003 | 2006
Margot Wallstrom | SE | 2014 | 2019
Ann Linde | SE | 2019 | 2021
Hans Blix | SE | 1981 | 2004
Sten Andersson | SE | 1985 | 1991

Gro Harlem Brundtland | NO | 1981 | 2003
Kaare Willoch | NO | 1981 | 1986
Jan P. Syse | NO | 1989 | 1990
Thorbjorn Jagland | NO | 1996 | 2019
Kjell Magne Bondevik | NO | 1997 | 2005
Jens Stoltenberg | NO | 2000 | 2021
Erna Solberg | NO | 2013 | 2021
Johan Jorgen Holst | NO | 1993 | 1994
Jonas Gahr Store | NO | 2005 | 2021
Knut Vollebaek | NO | 1997 | 2000
Jan Petersen | NO | 2001 | 2005
Borge Brende | NO | 2013 | 2017
Ine Eriksen Soreide | NO | 2017 | 2021

Poul Schluter | DK | 1982 | 1993
Poul Nyrup Rasmussen | DK | 1993 | 2001
Anders Fogh Rasmussen | DK | 2001 | 2014
Helle Thorning-Schmidt | DK | 2011 | 2015
Lars Lokke Rasmussen | DK | 2009 | 2021
Mette Frederiksen | DK | 2019 | 2021
Uffe Ellemann-Jensen | DK | 1982 | 1993

Martti Ahtisaari | FI | 1994 | 2008
Tarja Halonen | FI | 2000 | 2012
Sauli Niinisto | FI | 2012 | 2021
Mauno Koivisto | FI | 1982 | 1994

Kurt Waldheim | AT | 1980 | 1992
Bruno Kreisky | AT | 1980 | 1983
Franz Vranitzky | AT | 1986 | 1997
Wolfgang Schuessel | AT | 1995 | 2007
Joerg Haider | AT | 1986 | 2008
Jorg Haider | AT | 1986 | 2008
Sebastian Kurz | AT | 2013 | 2021
Alois Mock | AT | 1987 | 1995

Garret FitzGerald | IE | 1981 | 1987
Charles Haughey | IE | 1980 | 1992
Albert Reynolds | IE | 1992 | 1994
John Bruton | IE | 1994 | 1997
Bertie Ahern | IE | 1997 | 2008
Brian Cowen | IE | 2008 | 2011
Enda Kenny | IE | 2011 | 2017
Leo Varadkar | IE | 2017 | 2021
Micheal Martin | IE | 2020 | 2021
Mary Robinson | IE | 1990 | 2002
Mary McAleese | IE | 1997 | 2011
Dick Spring | IE | 1993 | 1997
Simon Coveney | IE | 2017 | 2021

Mario Soares | PT | 1980 | 2006
Anibal Cavaco Silva | PT | 1985 | 2016
Antonio Guterres | PT | 1995 | 2021
Jose Manuel Barroso | PT | 2002 | 2014
Jose Manuel Durao Barroso | PT | 2002 | 2014
Antonio Costa | PT | 2015 | 2021
Jorge Sampaio | PT | 1996 | 2006
Marcelo Rebelo de Sousa | PT | 2016 | 2021

Jacques Santer | LU | 1984 | 1999
Jean-Claude Juncker | LU | 1995 | 2019
Jean Asselborn | LU | 2004 | 2021
Xavier Bettel | LU | 2013 | 2021

Wojciech Jaruzelski | PL | 1981 | 1990
Lech Walesa | PL | 1980 | 2000
Tadeusz Mazowiecki | PL | 1989 | 1995
Aleksander Kwasniewski | PL | 1995 | 2005
Lech Kaczynski | PL | 2005 | 2010
Jaroslaw Kaczynski | PL | 2005 | 2021
Bronislaw Komorowski | PL | 2010 | 2015
Andrzej Duda | PL | 2015 | 2021
Donald Tusk | PL | 2007 | 2021
Mateusz Morawiecki | PL | 2017 | 2021
Beata Szydlo | PL | 2015 | 2017
Hanna Suchocka | PL | 1992 | 1993
Jerzy Buzek | PL | 1997 | 2012
Leszek Miller | PL | 2001 | 2004
Bronislaw Geremek | PL | 1997 | 2008
Radoslaw Sikorski | PL | 2005 | 2014
Mieczyslaw Rakowski | PL | 1988 | 1990
Krzysztof Skubiszewski | PL | 1989 | 1993

Gustav Husak | CS | 1980 | 1989
Milos Jakes | CS | 1987 | 1989
Alexander Dubcek | CS | 1989 | 1992
Marian Calfa | CS | 1989 | 1992
Jiri Dienstbier | CS | 1989 | 1992
Vaclav Havel | CZ | 1989 | 2011
Vaclav Klaus | CZ | 1992 | 2013
Milos Zeman | CZ | 1998 | 2021
Andrej Babis | CZ | 2017 | 2021
Vladimir Spidla | CZ | 2002 | 2004
Mirek Topolanek | CZ | 2006 | 2009

Vladimir Meciar | SK | 1992 | 1998
Mikulas Dzurinda | SK | 1998 | 2006
Robert Fico | SK | 2006 | 2018

Janos Kadar | HU | 1980 | 1989
Karoly Grosz | HU | 1988 | 1989
Miklos Nemeth | HU | 1988 | 1990
Jozsef Antall | HU | 1990 | 1993
Gyula Horn | HU | 1989 | 1998
Arpad Goncz | HU | 1990 | 2000
Viktor Orban | HU | 1998 | 2021
Ferenc Gyurcsany | HU | 2004 | 2009
Peter Szijjarto | HU | 2014 | 2021

Nicolae Ceausescu | RO | 1980 | 1989
Ion Iliescu | RO | 1989 | 2004
Emil Constantinescu | RO | 1996 | 2000
Traian Basescu | RO | 2004 | 2014
Klaus Iohannis | RO | 2014 | 2021
Petre Roman | RO | 1989 | 1999

Todor Zhivkov | BG | 1980 | 1989
Petar Mladenov | BG | 1989 | 1990
Zhelyu Zhelev | BG | 1990 | 1997
Petar Stoyanov | BG | 1997 | 2002
Simeon Saxe-Coburg | BG | 2001 | 2005
Georgi Parvanov | BG | 2002 | 2012
Boyko Borisov | BG | 2009 | 2021
Rumen Radev | BG | 2017 | 2021

Josip Broz Tito | YU | 1980 | 1980
Ante Markovic | YU | 1989 | 1991
Branko Mikulic | YU | 1986 | 1989
Slobodan Milosevic | RS | 1987 | 2006
Milan Panic | RS | 1992 | 1993
Dobrica Cosic | RS | 1992 | 1993
Zoran Djindjic | RS | 1996 | 2003
Vojislav Kostunica | RS | 2000 | 2008
Boris Tadic | RS | 2004 | 2012
Tomislav Nikolic | RS | 2008 | 2017
Aleksandar Vucic | RS | 2012 | 2021
Ivica Dacic | RS | 2012 | 2021
Vuk Draskovic | RS | 1990 | 2006
Vojislav Seselj | RS | 1991 | 2018
Zeljko Raznatovic | RS | 1991 | 2000
Arkan | RS | 1991 | 2000
Milo Djukanovic | ME | 1991 | 2021
Ibrahim Rugova | XK | 1989 | 2006
Hashim Thaci | XK | 1998 | 2021
Ramush Haradinaj | XK | 2004 | 2020
Kiro Gligorov | MK | 1991 | 1999

Franjo Tudjman | HR | 1990 | 1999
Stjepan Mesic | HR | 1991 | 2010
Ivo Sanader | HR | 2003 | 2011
Zoran Milanovic | HR | 2011 | 2021
Andrej Plenkovic | HR | 2016 | 2021
Kolinda Grabar-Kitarovic | HR | 2015 | 2020
Mate Granic | HR | 1993 | 2000
Ante Gotovina | HR | 2001 | 2012

Milan Kucan | SI | 1990 | 2002
Janez Drnovsek | SI | 1992 | 2008
Janez Jansa | SI | 2004 | 2021

Alija Izetbegovic | BA | 1990 | 2003
Haris Silajdzic | BA | 1992 | 2010
Radovan Karadzic | BA | 1991 | 2019
Ratko Mladic | BA | 1992 | 2017
Biljana Plavsic | BA | 1992 | 2003
Momcilo Krajisnik | BA | 1992 | 2006
Milorad Dodik | BA | 1998 | 2021
Fikret Abdic | BA | 1993 | 2002
Ejup Ganic | BA | 1992 | 2010

Leonid Kravchuk | UA | 1990 | 1994
Leonid Kuchma | UA | 1992 | 2005
Viktor Yushchenko | UA | 1999 | 2010
Viktor Yanukovych | UA | 2002 | 2014
Yulia Tymoshenko | UA | 2001 | 2021
Petro Poroshenko | UA | 2009 | 2021
Volodymyr Zelensky | UA | 2019 | 2021
Volodymyr Zelenskiy | UA | 2019 | 2021
Arseniy Yatsenyuk | UA | 2007 | 2016
Pavlo Lazarenko | UA | 1996 | 2006
Dmytro Kuleba | UA | 2020 | 2021
Pavlo Klimkin | UA | 2014 | 2019
Borys Tarasyuk | UA | 1998 | 2007
Vitali Klitschko | UA | 2010 | 2021
Oleksandr Turchynov | UA | 2014 | 2019

Alexander Lukashenko | BY | 1994 | 2021
Alyaksandr Lukashenka | BY | 1994 | 2021
Stanislav Shushkevich | BY | 1991 | 1994
Sviatlana Tsikhanouskaya | BY | 2020 | 2021
Svetlana Tikhanovskaya | BY | 2020 | 2021

Nursultan Nazarbayev | KZ | 1989 | 2021
Kassym-Jomart Tokayev | KZ | 1994 | 2021
Islam Karimov | UZ | 1989 | 2016
Shavkat Mirziyoyev | UZ | 2003 | 2021
Saparmurat Niyazov | TM | 1990 | 2006
Gurbanguly Berdymukhamedov | TM | 2006 | 2021
Emomali Rahmon | TJ | 1992 | 2021
Askar Akayev | KG | 1990 | 2005
Kurmanbek Bakiyev | KG | 2005 | 2010
Heydar Aliyev | AZ | 1993 | 2003
Ilham Aliyev | AZ | 2003 | 2021
Levon Ter-Petrosyan | AM | 1991 | 2008
Robert Kocharyan | AM | 1998 | 2008
Serzh Sargsyan | AM | 2008 | 2018
Nikol Pashinyan | AM | 2018 | 2021
Mircea Snegur | MD | 1990 | 1996
Vytautas Landsbergis | LT | 1990 | 2004
Algirdas Brazauskas | LT | 1990 | 2006
Valdas Adamkus | LT | 1998 | 2009
Dalia Grybauskaite | LT | 2009 | 2019
Vaira Vike-Freiberga | LV | 1999 | 2007
Lennart Meri | EE | 1992 | 2001
Toomas Hendrik Ilves | EE | 2006 | 2016

Eduard Shevardnadze | GE | 1985 | 2014
Zviad Gamsakhurdia | GE | 1990 | 1993
Mikheil Saakashvili | GE | 2003 | 2021
Mikhail Saakashvili | GE | 2003 | 2021
Bidzina Ivanishvili | GE | 2012 | 2021
Nino Burjanadze | GE | 2001 | 2012

Kenan Evren | TR | 1980 | 1989
Turgut Ozal | TR | 1983 | 1993
Suleyman Demirel | TR | 1980 | 2000
Tansu Ciller | TR | 1993 | 1997
Necmettin Erbakan | TR | 1995 | 1997
Mesut Yilmaz | TR | 1991 | 2002
Bulent Ecevit | TR | 1980 | 2002
Ahmet Necdet Sezer | TR | 2000 | 2007
Recep Tayyip Erdogan | TR | 2002 | 2021
Tayyip Erdogan | TR | 2002 | 2021
Abdullah Gul | TR | 2002 | 2014
Ahmet Davutoglu | TR | 2009 | 2016
Binali Yildirim | TR | 2016 | 2019
Mevlut Cavusoglu | TR | 2014 | 2021
Hikmet Cetin | TR | 1991 | 1994
Ismail Cem | TR | 1997 | 2002
Ali Babacan | TR | 2007 | 2021
Hulusi Akar | TR | 2015 | 2021
Kemal Kilicdaroglu | TR | 2010 | 2021
Abdullah Ocalan | TR | 1984 | 2021
Fethullah Gulen | TR | 1999 | 2021
Ibrahim Kalin | TR | 2014 | 2021

Andreas Papandreou | GR | 1981 | 1996
Konstantinos Karamanlis | GR | 1980 | 1995
Constantine Karamanlis | GR | 1980 | 1995
Constantine Mitsotakis | GR | 1984 | 1993
Kostas Simitis | GR | 1996 | 2004
Costas Simitis | GR | 1996 | 2004
Kostas Karamanlis | GR | 2004 | 2009
George Papandreou | GR | 1999 | 2011
Lucas Papademos | GR | 2011 | 2012
Antonis Samaras | GR | 1989 | 2015
Alexis Tsipras | GR | 2014 | 2021
Kyriakos Mitsotakis | GR | 2016 | 2021
Theodoros Pangalos | GR | 1996 | 1999
Dora Bakoyannis | GR | 2006 | 2009
Nikos Kotzias | GR | 2015 | 2019
Nikos Dendias | GR | 2019 | 2021
Yanis Varoufakis | GR | 2015 | 2021

Spyros Kyprianou | CY | 1980 | 1988
George Vassiliou | CY | 1988 | 1993
Glafcos Clerides | CY | 1993 | 2003
Tassos Papadopoulos | CY | 2003 | 2008
Demetris Christofias | CY | 2008 | 2013
Nicos Anastasiades | CY | 2013 | 2021
Rauf Denktash | CY | 1980 | 2005
Mehmet Ali Talat | CY | 2004 | 2010
Mustafa Akinci | CY | 2015 | 2020
Ersin Tatar | CY | 2020 | 2021

Menachem Begin | IL | 1980 | 1983
Yitzhak Shamir | IL | 1980 | 1992
Shimon Peres | IL | 1980 | 2016
Yitzhak Rabin | IL | 1984 | 1995
Benjamin Netanyahu | IL | 1988 | 2021
Ehud Barak | IL | 1991 | 2013
Ariel Sharon | IL | 1980 | 2014
Ehud Olmert | IL | 2003 | 2016
Naftali Bennett | IL | 2013 | 2021
Yair Lapid | IL | 2013 | 2021
Benny Gantz | IL | 2011 | 2021
Tzipi Livni | IL | 2005 | 2019
David Levy | IL | 1990 | 1999
Moshe Arens | IL | 1983 | 1999
Avigdor Lieberman | IL | 2006 | 2021
Silvan Shalom | IL | 2003 | 2006
Shaul Mofaz | IL | 1998 | 2012
Moshe Yaalon | IL | 2002 | 2016
Ezer Weizman | IL | 1980 | 2000
Chaim Herzog | IL | 1983 | 1993
Moshe Katsav | IL | 2000 | 2011
Reuven Rivlin | IL | 2014 | 2021
Isaac Herzog | IL | 2013 | 2021
Amir Peretz | IL | 2005 | 2007
Yossi Beilin | IL | 1992 | 2001
Dan Meridor | IL | 1988 | 2013
Gabi Ashkenazi | IL | 2007 | 2021

Yasser Arafat | PS | 1980 | 2004
Yasir Arafat | PS | 1980 | 2004
Mahmoud Abbas | PS | 1993 | 2021
Abu Mazen | PS | 1993 | 2021
Ahmed Qurei | PS | 1993 | 2006
Abu Ala | PS | 1993 | 2006
Salam Fayyad | PS | 2002 | 2013
Rami Hamdallah | PS | 2013 | 2019
Mohammad Shtayyeh | PS | 2019 | 2021
Saeb Erekat | PS | 1991 | 2020
Hanan Ashrawi | PS | 1991 | 2020
Nabil Shaath | PS | 1993 | 2006
Farouk Kaddoumi | PS | 1980 | 2009
Faisal Husseini | PS | 1988 | 2001
Marwan Barghouti | PS | 2000 | 2021
Riyad al-Maliki | PS | 2007 | 2021
Ismail Haniyeh | PS | 2006 | 2021
Khaled Meshaal | PS | 1996 | 2021
Khaled Mashaal | PS | 1996 | 2021
Ahmed Yassin | PS | 1987 | 2004
Abdel Aziz Rantisi | PS | 1992 | 2004
Mohammed Dahlan | PS | 1994 | 2021
Abu Nidal | PS | 1980 | 2002
George Habash | PS | 1980 | 2008
Nayef Hawatmeh | PS | 1980 | 2005

King Hussein | JO | 1980 | 1999
King Abdullah II | JO | 1999 | 2021
Abdullah II | JO | 1999 | 2021
Queen Noor | JO | 1980 | 1999
Queen Rania | JO | 1999 | 2021
Prince Hassan | JO | 1980 | 1999
Zaid Rifai | JO | 1985 | 1989
Abdul Karim Kabariti | JO | 1995 | 1997
Marwan Muasher | JO | 2002 | 2004
Nasser Judeh | JO | 2009 | 2017
Ayman Safadi | JO | 2017 | 2021

Anwar Sadat | EG | 1980 | 1981
Hosni Mubarak | EG | 1981 | 2020
Mohamed Morsi | EG | 2012 | 2019
Mohammed Morsi | EG | 2012 | 2019
Abdel Fattah el-Sisi | EG | 2013 | 2021
Abdel Fattah al-Sisi | EG | 2013 | 2021
Amr Moussa | EG | 1991 | 2012
Ahmed Aboul Gheit | EG | 2004 | 2021
Esmat Abdel Meguid | EG | 1984 | 2001
Omar Suleiman | EG | 2001 | 2012
Mohamed Hussein Tantawi | EG | 1991 | 2012
Sameh Shoukry | EG | 2014 | 2021
Mohamed ElBaradei | EG | 1997 | 2013
Boutros Boutros-Ghali | EG | 1980 | 2016
Atef Ebeid | EG | 1999 | 2004
Ahmed Nazif | EG | 2004 | 2011
Kamal Ganzouri | EG | 1996 | 2012
Nabil Elaraby | EG | 2011 | 2016

Hafez al-Assad | SY | 1980 | 2000
Hafez Assad | SY | 1980 | 2000
Bashar al-Assad | SY | 1999 | 2021
Bashar Assad | SY | 1999 | 2021
Farouk al-Sharaa | SY | 1984 | 2014
Walid al-Moualem | SY | 2006 | 2020
Walid Muallem | SY | 2006 | 2020
Abdul Halim Khaddam | SY | 1980 | 2005
Mustafa Tlass | SY | 1980 | 2004
Rifaat al-Assad | SY | 1980 | 2021
Faisal Mekdad | SY | 2020 | 2021
Bashar Jaafari | SY | 2006 | 2020

Elias Sarkis | LB | 1980 | 1982
Bashir Gemayel | LB | 1982 | 1982
Amin Gemayel | LB | 1982 | 2021
Michel Aoun | LB | 1988 | 2021
Elias Hrawi | LB | 1989 | 1998
Emile Lahoud | LB | 1998 | 2007
Michel Suleiman | LB | 2008 | 2014
Rafik Hariri | LB | 1992 | 2005
Rafiq Hariri | LB | 1992 | 2005
Saad Hariri | LB | 2005 | 2021
Selim Hoss | LB | 1980 | 2000
Rashid Karami | LB | 1984 | 1987
Omar Karami | LB | 1990 | 2005
Fouad Siniora | LB | 2005 | 2009
Najib Mikati | LB | 2005 | 2021
Tammam Salam | LB | 2014 | 2016
Hassan Diab | LB | 2020 | 2021
Nabih Berri | LB | 1982 | 2021
Walid Jumblatt | LB | 1980 | 2021
Hassan Nasrallah | LB | 1992 | 2021
Samir Geagea | LB | 1986 | 2021
Gebran Bassil | LB | 2014 | 2021

Saddam Hussein | IQ | 1980 | 2006
Tariq Aziz | IQ | 1980 | 2015
Taha Yassin Ramadan | IQ | 1980 | 2007
Izzat Ibrahim al-Douri | IQ | 1980 | 2020
Ali Hassan al-Majid | IQ | 1987 | 2010
Uday Hussein | IQ | 1990 | 2003
Qusay Hussein | IQ | 1995 | 2003
Mohammed Saeed al-Sahhaf | IQ | 1992 | 2003
Naji Sabri | IQ | 2001 | 2003
Ahmed Chalabi | IQ | 1992 | 2015
Iyad Allawi | IQ | 1992 | 2021
Ibrahim al-Jaafari | IQ | 2004 | 2018
Nouri al-Maliki | IQ | 2006 | 2021
Nuri al-Maliki | IQ | 2006 | 2021
Haider al-Abadi | IQ | 2014 | 2021
Adel Abdul Mahdi | IQ | 2005 | 2020
Mustafa al-Kadhimi | IQ | 2020 | 2021
Jalal Talabani | IQ | 1980 | 2017
Massoud Barzani | IQ | 1980 | 2021
Masoud Barzani | IQ | 1980 | 2021
Hoshyar Zebari | IQ | 2003 | 2016
Moqtada al-Sadr | IQ | 2003 | 2021
Muqtada al-Sadr | IQ | 2003 | 2021
Barham Salih | IQ | 2003 | 2021
Fuad Masum | IQ | 2014 | 2018

Ayatollah Khomeini | IR | 1980 | 1989
Ruhollah Khomeini | IR | 1980 | 1989
Ali Khamenei | IR | 1981 | 2021
Akbar Hashemi Rafsanjani | IR | 1980 | 2017
Hashemi Rafsanjani | IR | 1980 | 2017
Abolhassan Bani-Sadr | IR | 1980 | 1981
Mir Hossein Mousavi | IR | 1981 | 2021
Mohammad Khatami | IR | 1997 | 2021
Mahmoud Ahmadinejad | IR | 2005 | 2021
Hassan Rouhani | IR | 2003 | 2021
Ebrahim Raisi | IR | 2017 | 2021
Ali Akbar Velayati | IR | 1981 | 2021
Kamal Kharrazi | IR | 1997 | 2005
Manouchehr Mottaki | IR | 2005 | 2010
Ali Akbar Salehi | IR | 2009 | 2021
Mohammad Javad Zarif | IR | 2002 | 2021
Javad Zarif | IR | 2002 | 2021
Ali Larijani | IR | 2005 | 2021
Saeed Jalili | IR | 2007 | 2013
Qassem Soleimani | IR | 2005 | 2020
Qasem Soleimani | IR | 2005 | 2020
Hossein Amir-Abdollahian | IR | 2011 | 2021
Abbas Araghchi | IR | 2013 | 2021
Mehdi Karroubi | IR | 2000 | 2021
Ali Shamkhani | IR | 1997 | 2021
Hassan Firouzabadi | IR | 1989 | 2016
Hossein Montazeri | IR | 1980 | 2009
Ali Akbar Mohtashemi | IR | 1985 | 2021
Shirin Ebadi | IR | 2003 | 2021
Mohammad Reza Pahlavi | IR | 1980 | 1980
Reza Pahlavi | IR | 1980 | 2021

King Khaled | SA | 1980 | 1982
King Fahd | SA | 1982 | 2005
King Salman | SA | 2015 | 2021
Crown Prince Abdullah | SA | 1982 | 2005
Mohammed bin Salman | SA | 2015 | 2021
Saud al-Faisal | SA | 1980 | 2015
Prince Saud al-Faisal | SA | 1980 | 2015
Prince Bandar bin Sultan | SA | 1983 | 2015
Bandar bin Sultan | SA | 1983 | 2015
Prince Sultan | SA | 1980 | 2011
Sultan bin Abdulaziz | SA | 1980 | 2011
Prince Nayef | SA | 1980 | 2012
Turki al-Faisal | SA | 1980 | 2021
Adel al-Jubeir | SA | 2007 | 2021
Faisal bin Farhan | SA | 2019 | 2021
Mohammed bin Nayef | SA | 2012 | 2020
Ahmed Zaki Yamani | SA | 1980 | 1986
Ali al-Naimi | SA | 1995 | 2016

Sheikh Zayed | AE | 1980 | 2004
Zayed bin Sultan Al Nahyan | AE | 1980 | 2004
Khalifa bin Zayed | AE | 2004 | 2021
Mohammed bin Zayed | AE | 2004 | 2021
Mohammed bin Rashid Al Maktoum | AE | 1995 | 2021
Abdullah bin Zayed | AE | 2006 | 2021
Anwar Gargash | AE | 2008 | 2021

Sheikh Khalifa bin Hamad Al Thani | QA | 1980 | 1995
Hamad bin Khalifa Al Thani | QA | 1995 | 2013
Sheikh Hamad bin Khalifa | QA | 1995 | 2013
Tamim bin Hamad Al Thani | QA | 2013 | 2021
Sheikh Tamim | QA | 2013 | 2021
Hamad bin Jassim | QA | 1992 | 2013
Mohammed bin Abdulrahman Al Thani | QA | 2016 | 2021

Sheikh Jaber al-Ahmad al-Sabah | KW | 1980 | 2006
Jaber al-Ahmad al-Sabah | KW | 1980 | 2006
Sheikh Saad al-Abdullah al-Sabah | KW | 1980 | 2008
Sabah al-Ahmad al-Sabah | KW | 1980 | 2020
Sheikh Sabah | KW | 1980 | 2020
Nawaf al-Ahmad al-Sabah | KW | 2006 | 2021

Sultan Qaboos | OM | 1980 | 2020
Qaboos bin Said | OM | 1980 | 2020
Yusuf bin Alawi | OM | 1982 | 2020
Haitham bin Tariq | OM | 2020 | 2021

Sheikh Isa bin Salman Al Khalifa | BH | 1980 | 1999
Hamad bin Isa Al Khalifa | BH | 1999 | 2021
King Hamad | BH | 2002 | 2021

Ali Abdullah Saleh | YE | 1980 | 2017
Abd-Rabbu Mansour Hadi | YE | 2012 | 2021
Abed Rabbo Mansour Hadi | YE | 2012 | 2021
Abdul-Malik al-Houthi | YE | 2004 | 2021

Muammar Gaddafi | LY | 1980 | 2011
Moammar Gadhafi | LY | 1980 | 2011
Muammar Qaddafi | LY | 1980 | 2011
Moammar Qadhafi | LY | 1980 | 2011
Muammar al-Gaddafi | LY | 1980 | 2011
Saif al-Islam Gaddafi | LY | 2000 | 2021
Abdessalam Jalloud | LY | 1980 | 1993
Abdel Rahman Shalgham | LY | 2000 | 2011
Moussa Koussa | LY | 1994 | 2011
Mustafa Abdul Jalil | LY | 2011 | 2012
Khalifa Haftar | LY | 2014 | 2021
Fayez al-Sarraj | LY | 2015 | 2021
Abdelhamid Dbeibah | LY | 2021 | 2021

King Hassan II | MA | 1980 | 1999
Hassan II | MA | 1980 | 1999
King Mohammed VI | MA | 1999 | 2021
Mohammed VI | MA | 1999 | 2021
Nasser Bourita | MA | 2017 | 2021

Chadli Bendjedid | DZ | 1980 | 1992
Liamine Zeroual | DZ | 1994 | 1999
Abdelaziz Bouteflika | DZ | 1980 | 2019
Abdelmadjid Tebboune | DZ | 2017 | 2021

Habib Bourguiba | TN | 1980 | 1987
Zine El Abidine Ben Ali | TN | 1987 | 2019
Beji Caid Essebsi | TN | 2011 | 2019
Rached Ghannouchi | TN | 1989 | 2021
Kais Saied | TN | 2019 | 2021

Jaafar Nimeiri | SD | 1980 | 1985
Sadiq al-Mahdi | SD | 1986 | 2020
Omar al-Bashir | SD | 1989 | 2021
Omar Hassan al-Bashir | SD | 1989 | 2021
Hassan al-Turabi | SD | 1989 | 2016
Abdalla Hamdok | SD | 2019 | 2021
Abdel Fattah al-Burhan | SD | 2019 | 2021
John Garang | SS | 1983 | 2005
Salva Kiir | SS | 2005 | 2021
Riek Machar | SS | 1991 | 2021

Mengistu Haile Mariam | ET | 1980 | 1991
Meles Zenawi | ET | 1991 | 2012
Hailemariam Desalegn | ET | 2012 | 2018
Abiy Ahmed | ET | 2018 | 2021
Isaias Afwerki | ER | 1991 | 2021
Mohamed Siad Barre | SO | 1980 | 1991
Siad Barre | SO | 1980 | 1991
Mohamed Farah Aidid | SO | 1991 | 1996

Daniel arap Moi | KE | 1980 | 2002
Mwai Kibaki | KE | 2002 | 2013
Uhuru Kenyatta | KE | 2002 | 2021
Raila Odinga | KE | 1992 | 2021
William Ruto | KE | 2008 | 2021

Milton Obote | UG | 1980 | 1985
Yoweri Museveni | UG | 1986 | 2021
Idi Amin | UG | 1980 | 2003
Bobi Wine | UG | 2017 | 2021

Julius Nyerere | TZ | 1980 | 1999
Ali Hassan Mwinyi | TZ | 1985 | 1995
Benjamin Mkapa | TZ | 1995 | 2005
Jakaya Kikwete | TZ | 2005 | 2015
John Magufuli | TZ | 2015 | 2021
Samia Suluhu Hassan | TZ | 2021 | 2021

Juvenal Habyarimana | RW | 1980 | 1994
Paul Kagame | RW | 1994 | 2021
Pasteur Bizimungu | RW | 1994 | 2000
Pierre Buyoya | BI | 1987 | 2003
Pierre Nkurunziza | BI | 2005 | 2020

Mobutu Sese Seko | CD | 1980 | 1997
Laurent Kabila | CD | 1996 | 2001
Laurent-Desire Kabila | CD | 1996 | 2001
Joseph Kabila | CD | 2001 | 2021
Felix Tshisekedi | CD | 2018 | 2021
Etienne Tshisekedi | CD | 1990 | 2017

Shehu Shagari | NG | 1980 | 1983
Muhammadu Buhari | NG | 1983 | 2021
Ibrahim Babangida | NG | 1985 | 1993
Sani Abacha | NG | 1993 | 1998
Abdulsalami Abubakar | NG | 1998 | 1999
Olusegun Obasanjo | NG | 1980 | 2021
Umaru Yar'Adua | NG | 2007 | 2010
Goodluck Jonathan | NG | 2007 | 2015
Moshood Abiola | NG | 1993 | 1998
Ken Saro-Wiwa | NG | 1993 | 1995

P.W. Botha | ZA | 1980 | 1989
F.W. de Klerk | ZA | 1989 | 2021
Nelson Mandela | ZA | 1980 | 2013
Thabo Mbeki | ZA | 1994 | 2008
Kgalema Motlanthe | ZA | 2008 | 2009
Jacob Zuma | ZA | 2005 | 2021
Cyril Ramaphosa | ZA | 1991 | 2021
Pik Botha | ZA | 1980 | 1994
Mangosuthu Buthelezi | ZA | 1980 | 2004
Winnie Mandela | ZA | 1985 | 2018
Desmond Tutu | ZA | 1984 | 2021
Oliver Tambo | ZA | 1980 | 1993
Chris Hani | ZA | 1990 | 1993
Alfred Nzo | ZA | 1994 | 1999
Nkosazana Dlamini-Zuma | ZA | 1999 | 2021
Naledi Pandor | ZA | 2019 | 2021

Robert Mugabe | ZW | 1980 | 2019
Emmerson Mnangagwa | ZW | 2000 | 2021
Morgan Tsvangirai | ZW | 1999 | 2018
Joshua Nkomo | ZW | 1980 | 1999
Nelson Chamisa | ZW | 2018 | 2021

Kenneth Kaunda | ZM | 1980 | 2021
Frederick Chiluba | ZM | 1991 | 2011
Samora Machel | MZ | 1980 | 1986
Joaquim Chissano | MZ | 1986 | 2005
Jose Eduardo dos Santos | AO | 1980 | 2017
Jonas Savimbi | AO | 1980 | 2002
Sam Nujoma | NA | 1990 | 2005
Quett Masire | BW | 1980 | 1998
Jerry Rawlings | GH | 1981 | 2020
John Kufuor | GH | 2001 | 2009
Kofi Annan | GH | 1993 | 2018
Felix Houphouet-Boigny | CI | 1980 | 1993
Laurent Gbagbo | CI | 2000 | 2021
Alassane Ouattara | CI | 1990 | 2021
Amara Essy | CI | 1990 | 2004
Abdou Diouf | SN | 1981 | 2014
Abdoulaye Wade | SN | 2000 | 2012
Macky Sall | SN | 2012 | 2021
Charles Taylor | LR | 1989 | 2012
Ellen Johnson Sirleaf | LR | 2006 | 2018
Samuel Doe | LR | 1980 | 1990
Foday Sankoh | SL | 1991 | 2003
Paul Biya | CM | 1982 | 2021
Omar Bongo | GA | 1980 | 2009
Idriss Deby | TD | 1990 | 2021
Hissene Habre | TD | 1982 | 2021
Thomas Sankara | BF | 1983 | 1987
Blaise Compaore | BF | 1987 | 2014

Babrak Karmal | AF | 1980 | 1986
Mohammad Najibullah | AF | 1986 | 1996
Najibullah | AF | 1986 | 1996
Burhanuddin Rabbani | AF | 1980 | 2011
Gulbuddin Hekmatyar | AF | 1980 | 2021
Ahmad Shah Massoud | AF | 1980 | 2001
Mullah Omar | AF | 1996 | 2015
Mullah Mohammad Omar | AF | 1996 | 2015
Hamid Karzai | AF | 2001 | 2021
Ashraf Ghani | AF | 2009 | 2021
Abdullah Abdullah | AF | 2001 | 2021
Abdul Rashid Dostum | AF | 1992 | 2021
Zalmay Khalilzad | US | 2001 | 2021
Haibatullah Akhundzada | AF | 2016 | 2021
Abdul Ghani Baradar | AF | 2010 | 2021
Zabihullah Mujahid | AF | 2007 | 2021
Rangin Dadfar Spanta | AF | 2006 | 2010

Zia ul-Haq | PK | 1980 | 1988
Mohammad Zia ul-Haq | PK | 1980 | 1988
Benazir Bhutto | PK | 1986 | 2007
Nawaz Sharif | PK | 1988 | 2021
Pervez Musharraf | PK | 1998 | 2016
Asif Ali Zardari | PK | 2008 | 2021
Yousuf Raza Gilani | PK | 2008 | 2012
Shahbaz Sharif | PK | 2008 | 2021
Shehbaz Sharif | PK | 2008 | 2021
Imran Khan | PK | 1996 | 2021
Ghulam Ishaq Khan | PK | 1988 | 1993
Farooq Leghari | PK | 1993 | 1997
Shaukat Aziz | PK | 2004 | 2007
Sahabzada Yaqub Khan | PK | 1982 | 1991
Gohar Ayub Khan | PK | 1997 | 1999
Khurshid Kasuri | PK | 2002 | 2007
Shah Mahmood Qureshi | PK | 2008 | 2021
Ashfaq Kayani | PK | 2007 | 2013
Ashfaq Parvez Kayani | PK | 2007 | 2013
Raheel Sharif | PK | 2013 | 2016
Qamar Javed Bajwa | PK | 2016 | 2021
Abdul Qadeer Khan | PK | 1998 | 2021
A.Q. Khan | PK | 1998 | 2021

Indira Gandhi | IN | 1980 | 1984
Rajiv Gandhi | IN | 1984 | 1991
V.P. Singh | IN | 1989 | 1990
Chandra Shekhar | IN | 1990 | 1991
P.V. Narasimha Rao | IN | 1991 | 1996
Narasimha Rao | IN | 1991 | 1996
H.D. Deve Gowda | IN | 1996 | 1997
I.K. Gujral | IN | 1996 | 1998
Atal Bihari Vajpayee | IN | 1996 | 2018
Manmohan Singh | IN | 1991 | 2021
Narendra Modi | IN | 2001 | 2021
Sonia Gandhi | IN | 1998 | 2021
Rahul Gandhi | IN | 2004 | 2021
L.K. Advani | IN | 1990 | 2014
Jaswant Singh | IN | 1998 | 2004
Yashwant Sinha | IN | 2002 | 2004
Natwar Singh | IN | 2004 | 2005
Pranab Mukherjee | IN | 1982 | 2020
S.M. Krishna | IN | 2009 | 2012
Salman Khurshid | IN | 2012 | 2014
Sushma Swaraj | IN | 2014 | 2019
Subrahmanyam Jaishankar | IN | 2015 | 2021
S. Jaishankar | IN | 2015 | 2021
George Fernandes | IN | 1998 | 2004
A.K. Antony | IN | 2006 | 2014
Arun Jaitley | IN | 2014 | 2019
Rajnath Singh | IN | 2014 | 2021
Ajit Doval | IN | 2014 | 2021
Brajesh Mishra | IN | 1998 | 2004
Shivshankar Menon | IN | 2006 | 2014
Pratibha Patil | IN | 2007 | 2012
Ram Nath Kovind | IN | 2017 | 2021
A.P.J. Abdul Kalam | IN | 2002 | 2015
Amit Shah | IN | 2014 | 2021

Hussain Muhammad Ershad | BD | 1982 | 2019
Ziaur Rahman | BD | 1980 | 1981
Khaleda Zia | BD | 1991 | 2021
Sheikh Hasina | BD | 1986 | 2021
Muhammad Yunus | BD | 2006 | 2021

Junius Jayewardene | LK | 1980 | 1989
J.R. Jayewardene | LK | 1980 | 1989
Ranasinghe Premadasa | LK | 1989 | 1993
Chandrika Kumaratunga | LK | 1994 | 2005
Ranil Wickremesinghe | LK | 1993 | 2021
Mahinda Rajapaksa | LK | 2004 | 2021
Gotabaya Rajapaksa | LK | 2005 | 2021
Maithripala Sirisena | LK | 2015 | 2019
Lakshman Kadirgamar | LK | 1994 | 2005
Velupillai Prabhakaran | LK | 1983 | 2009

King Birendra | NP | 1980 | 2001
King Gyanendra | NP | 2001 | 2008
Pushpa Kamal Dahal | NP | 2006 | 2021
Prachanda | NP | 2006 | 2021
Girija Prasad Koirala | NP | 1991 | 2010
K.P. Sharma Oli | NP | 2015 | 2021

Ne Win | MM | 1980 | 1988
Saw Maung | MM | 1988 | 1992
Than Shwe | MM | 1992 | 2011
Khin Nyunt | MM | 1988 | 2004
Thein Sein | MM | 2007 | 2016
Aung San Suu Kyi | MM | 1988 | 2021
Htin Kyaw | MM | 2016 | 2018
Win Myint | MM | 2018 | 2021
Min Aung Hlaing | MM | 2011 | 2021

Prem Tinsulanonda | TH | 1980 | 2019
Chatichai Choonhavan | TH | 1988 | 1991
Anand Panyarachun | TH | 1991 | 1992
Suchinda Kraprayoon | TH | 1991 | 1992
Chuan Leekpai | TH | 1992 | 2001
Banharn Silpa-archa | TH | 1995 | 1996
Chavalit Yongchaiyudh | TH | 1996 | 1997
Thaksin Shinawatra | TH | 2001 | 2021
Surayud Chulanont | TH | 2006 | 2008
Samak Sundaravej | TH | 2008 | 2008
Abhisit Vejjajiva | TH | 2008 | 2011
Yingluck Shinawatra | TH | 2011 | 2017
Prayut Chan-o-cha | TH | 2014 | 2021
Prayuth Chan-ocha | TH | 2014 | 2021
Surin Pitsuwan | TH | 1997 | 2017
Siddhi Savetsila | TH | 1980 | 1990
King Bhumibol Adulyadej | TH | 1980 | 2016
Bhumibol Adulyadej | TH | 1980 | 2016
King Maha Vajiralongkorn | TH | 2016 | 2021
Maha Vajiralongkorn | TH | 2016 | 2021

Le Duan | VN | 1980 | 1986
Truong Chinh | VN | 1980 | 1988
Pham Van Dong | VN | 1980 | 1987
Nguyen Van Linh | VN | 1986 | 1991
Do Muoi | VN | 1988 | 1997
Vo Van Kiet | VN | 1991 | 1997
Le Kha Phieu | VN | 1997 | 2001
Phan Van Khai | VN | 1997 | 2006
Nong Duc Manh | VN | 2001 | 2011
Nguyen Tan Dung | VN | 2006 | 2016
Nguyen Phu Trong | VN | 2011 | 2021
Nguyen Xuan Phuc | VN | 2016 | 2021
Nguyen Co Thach | VN | 1980 | 1991
Nguyen Manh Cam | VN | 1991 | 2000
Pham Binh Minh | VN | 2011 | 2021
Le Duc Anh | VN | 1987 | 1997
Tran Duc Luong | VN | 1997 | 2006
Vo Nguyen Giap | VN | 1980 | 2013

Norodom Sihanouk | KH | 1980 | 2012
Prince Sihanouk | KH | 1980 | 2012
King Sihanouk | KH | 1993 | 2004
Norodom Sihamoni | KH | 2004 | 2021
Hun Sen | KH | 1985 | 2021
Norodom Ranariddh | KH | 1991 | 2019
Prince Ranariddh | KH | 1991 | 2019
Pol Pot | KH | 1980 | 1998
Khieu Samphan | KH | 1980 | 2018
Ieng Sary | KH | 1980 | 2013
Heng Samrin | KH | 1980 | 2021
Sam Rainsy | KH | 1993 | 2021
Kem Sokha | KH | 2012 | 2021
Hor Namhong | KH | 1990 | 2016

Kaysone Phomvihane | LA | 1980 | 1992

Mahathir Mohamad | MY | 1981 | 2021
Abdullah Ahmad Badawi | MY | 1991 | 2009
Najib Razak | MY | 2004 | 2021
Anwar Ibrahim | MY | 1993 | 2021
Muhyiddin Yassin | MY | 2009 | 2021
Ismail Sabri Yaakob | MY | 2015 | 2021
Syed Hamid Albar | MY | 1999 | 2008
Anifah Aman | MY | 2009 | 2018

Lee Kuan Yew | SG | 1980 | 2015
Goh Chok Tong | SG | 1985 | 2011
Lee Hsien Loong | SG | 1984 | 2021
S. Jayakumar | SG | 1994 | 2009
George Yeo | SG | 2004 | 2011
K. Shanmugam | SG | 2008 | 2021
Vivian Balakrishnan | SG | 2015 | 2021
Wee Kim Wee | SG | 1985 | 1993
S.R. Nathan | SG | 1999 | 2011
Tony Tan | SG | 1991 | 2017

Suharto | ID | 1980 | 2008
B.J. Habibie | ID | 1998 | 2019
Abdurrahman Wahid | ID | 1999 | 2009
Megawati Sukarnoputri | ID | 1993 | 2021
Susilo Bambang Yudhoyono | ID | 2001 | 2021
Joko Widodo | ID | 2012 | 2021
Jusuf Kalla | ID | 2004 | 2019
Mochtar Kusumaatmadja | ID | 1980 | 1988
Ali Alatas | ID | 1988 | 2008
Alwi Shihab | ID | 1999 | 2001
Hassan Wirajuda | ID | 2001 | 2009
Marty Natalegawa | ID | 2009 | 2014
Retno Marsudi | ID | 2014 | 2021
Wiranto | ID | 1998 | 2019
Prabowo Subianto | ID | 1998 | 2021
Xanana Gusmao | TL | 1992 | 2021
Jose Ramos-Horta | TL | 1996 | 2021

Ferdinand Marcos | PH | 1980 | 1989
Imelda Marcos | PH | 1980 | 2021
Corazon Aquino | PH | 1983 | 2009
Cory Aquino | PH | 1983 | 2009
Benigno Aquino | PH | 1980 | 1983
Fidel Ramos | PH | 1986 | 2021
Joseph Estrada | PH | 1998 | 2013
Gloria Macapagal Arroyo | PH | 2001 | 2018
Gloria Arroyo | PH | 2001 | 2018
Benigno Aquino III | PH | 2010 | 2016
Rodrigo Duterte | PH | 2016 | 2021
Raul Manglapus | PH | 1987 | 1992
Domingo Siazon | PH | 1995 | 2001
Albert del Rosario | PH | 2011 | 2016
Teodoro Locsin | PH | 2018 | 2021
Juan Ponce Enrile | PH | 1980 | 2013

Malcolm Fraser | AU | 1980 | 1983
Bob Hawke | AU | 1983 | 1991
Paul Keating | AU | 1991 | 1996
John Howard | AU | 1996 | 2007
Kevin Rudd | AU | 2007 | 2013
Julia Gillard | AU | 2010 | 2013
Tony Abbott | AU | 2013 | 2015
Malcolm Turnbull | AU | 2015 | 2018
Scott Morrison | AU | 2018 | 2021
Bill Hayden | AU | 1983 | 1989
Gareth Evans | AU | 1988 | 1996
Alexander Downer | AU | 1996 | 2007
Stephen Smith | AU | 2007 | 2013
Bob Carr | AU | 2012 | 2013
Julie Bishop | AU | 2013 | 2018
Marise Payne | AU | 2015 | 2021
Kim Beazley | AU | 1984 | 2016

Robert Muldoon | NZ | 1980 | 1984
David Lange | NZ | 1984 | 1989
Jim Bolger | NZ | 1990 | 1997
Jenny Shipley | NZ | 1997 | 1999
Helen Clark | NZ | 1999 | 2017
John Key | NZ | 2008 | 2016
Bill English | NZ | 2016 | 2017
Jacinda Ardern | NZ | 2017 | 2021
Winston Peters | NZ | 1996 | 2020
Don McKinnon | NZ | 1990 | 2008
Murray McCully | NZ | 2008 | 2017

Pierre Trudeau | CA | 1980 | 1984
Joe Clark | CA | 1980 | 1993
John Turner | CA | 1984 | 1990
Brian Mulroney | CA | 1984 | 1993
Kim Campbell | CA | 1993 | 1993
Jean Chretien | CA | 1993 | 2003
Paul Martin | CA | 2003 | 2006
Stephen Harper | CA | 2006 | 2015
Justin Trudeau | CA | 2013 | 2021
Lloyd Axworthy | CA | 1996 | 2000
John Manley | CA | 2000 | 2003
Bill Graham | CA | 2002 | 2006
Peter MacKay | CA | 2006 | 2015
John Baird | CA | 2011 | 2015
Chrystia Freeland | CA | 2017 | 2021
Marc Garneau | CA | 2021 | 2021
Lucien Bouchard | CA | 1990 | 2001
Jacques Parizeau | CA | 1994 | 1996

Jose Lopez Portillo | MX | 1980 | 1982
Miguel de la Madrid | MX | 1982 | 1988
Carlos Salinas | MX | 1988 | 1994
Carlos Salinas de Gortari | MX | 1988 | 1994
Ernesto Zedillo | MX | 1994 | 2000
Vicente Fox | MX | 2000 | 2006
Felipe Calderon | MX | 2006 | 2012
Enrique Pena Nieto | MX | 2012 | 2018
Andres Manuel Lopez Obrador | MX | 2006 | 2021
Jorge Castaneda | MX | 2000 | 2003
Marcelo Ebrard | MX | 2018 | 2021
Subcomandante Marcos | MX | 1994 | 2014

Fidel Castro | CU | 1980 | 2016
Raul Castro | CU | 1980 | 2021
Miguel Diaz-Canel | CU | 2018 | 2021
Carlos Lage | CU | 1993 | 2009
Ricardo Alarcon | CU | 1992 | 2013
Roberto Robaina | CU | 1993 | 1999
Felipe Perez Roque | CU | 1999 | 2009
Bruno Rodriguez | CU | 2009 | 2021

Carlos Andres Perez | VE | 1989 | 1993
Rafael Caldera | VE | 1994 | 1999
Hugo Chavez | VE | 1992 | 2013
Nicolas Maduro | VE | 2006 | 2021
Juan Guaido | VE | 2019 | 2021
Henrique Capriles | VE | 2012 | 2021
Leopoldo Lopez | VE | 2014 | 2021
Jorge Arreaza | VE | 2017 | 2021

Belisario Betancur | CO | 1982 | 1986
Virgilio Barco | CO | 1986 | 1990
Cesar Gaviria | CO | 1990 | 2004
Ernesto Samper | CO | 1994 | 1998
Andres Pastrana | CO | 1998 | 2002
Alvaro Uribe | CO | 2002 | 2021
Juan Manuel Santos | CO | 2006 | 2018
Ivan Duque | CO | 2018 | 2021
Pablo Escobar | CO | 1984 | 1993
Manuel Marulanda | CO | 1980 | 2008
Ingrid Betancourt | CO | 2002 | 2010

Joao Figueiredo | BR | 1980 | 1985
Jose Sarney | BR | 1985 | 1990
Fernando Collor de Mello | BR | 1990 | 1992
Fernando Collor | BR | 1990 | 1992
Itamar Franco | BR | 1992 | 1994
Fernando Henrique Cardoso | BR | 1993 | 2002
Luiz Inacio Lula da Silva | BR | 1989 | 2021
Lula da Silva | BR | 1989 | 2021
Dilma Rousseff | BR | 2010 | 2016
Michel Temer | BR | 2016 | 2018
Jair Bolsonaro | BR | 2018 | 2021
Celso Amorim | BR | 1993 | 2014
Ernesto Araujo | BR | 2019 | 2021

Leopoldo Galtieri | AR | 1981 | 1983
Raul Alfonsin | AR | 1983 | 2009
Carlos Menem | AR | 1989 | 2021
Fernando de la Rua | AR | 1999 | 2001
Eduardo Duhalde | AR | 2002 | 2003
Nestor Kirchner | AR | 2003 | 2010
Cristina Fernandez de Kirchner | AR | 2007 | 2021
Cristina Fernandez | AR | 2007 | 2021
Mauricio Macri | AR | 2015 | 2021
Alberto Fernandez | AR | 2019 | 2021
Guido di Tella | AR | 1991 | 1999
Domingo Cavallo | AR | 1989 | 2001
Rafael Grossi | AR | 2019 | 2021

Augusto Pinochet | CL | 1980 | 2006
Patricio Aylwin | CL | 1990 | 1994
Eduardo Frei | CL | 1994 | 2000
Ricardo Lagos | CL | 2000 | 2006
Michelle Bachelet | CL | 2006 | 2021
Sebastian Pinera | CL | 2010 | 2021
Jose Miguel Insulza | CL | 1994 | 2015

Anastasio Somoza | NI | 1980 | 1980
Daniel Ortega | NI | 1980 | 2021
Violeta Chamorro | NI | 1990 | 1997
Arnoldo Aleman | NI | 1997 | 2002
Enrique Bolanos | NI | 2002 | 2007
Miguel d'Escoto | NI | 1980 | 2009
Humberto Ortega | NI | 1980 | 1995

Manuel Noriega | PA | 1983 | 2017
Omar Torrijos | PA | 1980 | 1981
Guillermo Endara | PA | 1989 | 1994
Ernesto Perez Balladares | PA | 1994 | 1999
Mireya Moscoso | PA | 1999 | 2004
Martin Torrijos | PA | 2004 | 2009
Ricardo Martinelli | PA | 2009 | 2014
Juan Carlos Varela | PA | 2014 | 2019

Javier Perez de Cuellar | PE | 1982 | 2000
Alan Garcia | PE | 1985 | 2019
Alberto Fujimori | PE | 1990 | 2021
Alejandro Toledo | PE | 2001 | 2021
Ollanta Humala | PE | 2006 | 2016
Pedro Pablo Kuczynski | PE | 2016 | 2018
Abimael Guzman | PE | 1980 | 2021
Evo Morales | BO | 2005 | 2021
Gonzalo Sanchez de Lozada | BO | 1993 | 2003
Rafael Correa | EC | 2007 | 2021
Jose Mujica | UY | 2010 | 2015
Fernando Lugo | PY | 2008 | 2012
Alfredo Stroessner | PY | 1980 | 1989
Jose Napoleon Duarte | SV | 1980 | 1989
Alfredo Cristiani | SV | 1989 | 1994
Oscar Arias | CR | 1986 | 2010
Efrain Rios Montt | GT | 1982 | 2018
Manuel Zelaya | HN | 2006 | 2010
Jean-Bertrand Aristide | HT | 1990 | 2011
Jean-Claude Duvalier | HT | 1980 | 2014
Raoul Cedras | HT | 1991 | 1994
Rene Preval | HT | 1996 | 2011
Michael Manley | JM | 1980 | 1992
Edward Seaga | JM | 1980 | 1993

Michel Camdessus | FR | 1987 | 2000
Rodrigo Rato | ES | 2004 | 2007
Kristalina Georgieva | BG | 2010 | 2021
Robert Zoellick | US | 2001 | 2012
Paul Wolfowitz | US | 1989 | 2007
Renato Ruggiero | IT | 1995 | 2002
Mike Moore | NZ | 1990 | 2002
Pascal Lamy | FR | 1999 | 2013
Roberto Azevedo | BR | 2013 | 2020
Ngozi Okonjo-Iweala | NG | 2003 | 2021
Yukiya Amano | JP | 2009 | 2019
Tedros Adhanom Ghebreyesus | ET | 2012 | 2021
Sadako Ogata | JP | 1991 | 2001
Carla Del Ponte | CH | 1999 | 2017
Richard Goldstone | ZA | 1994 | 2011
Lakhdar Brahimi | DZ | 1989 | 2014
Catherine Ashton | GB | 2008 | 2014
Cyrus Vance | US | 1980 | 1993
David Owen | GB | 1980 | 1995
Thorvald Stoltenberg | NO | 1987 | 1995
Louise Arbour | CA | 1996 | 2008
Navi Pillay | ZA | 2008 | 2014
Zeid Ra'ad al-Hussein | JO | 2014 | 2018
Sergio Vieira de Mello | BR | 1999 | 2003
Filippo Grandi | IT | 2016 | 2021
Ekmeleddin Ihsanoglu | TR | 2004 | 2014
Wim Duisenberg | NL | 1998 | 2003
Jean-Claude Trichet | FR | 2003 | 2011
Richard Lyng | US | 1986 | 1989
Clayton Yeutter | US | 1985 | 1993
Malcolm Baldrige | US | 1981 | 1987
William Verity | US | 1987 | 1989
William Brock | US | 1981 | 1987
Edwin Meese | US | 1981 | 1988
Donald Regan | US | 1981 | 1987
Donald Hodel | US | 1982 | 1989
John Herrington | US | 1985 | 1989
Paul Volcker | US | 1979 | 1987
Alan Greenspan | US | 1987 | 2006
Howard Baker | US | 1980 | 2009
Max Kampelman | US | 1985 | 1989
Michael Armacost | US | 1984 | 1993
Allen Wallis | US | 1982 | 1989
David Mulford | US | 1984 | 2009
Beryl Sprinkel | US | 1981 | 1989
John Whitehead | US | 1985 | 1989
Jim Wright | US | 1987 | 1989
Dan Rostenkowski | US | 1981 | 1994
Richard Gephardt | US | 1985 | 2004
Lloyd Bentsen | US | 1980 | 1994
Robert Byrd | US | 1980 | 2010
Jake Garn | US | 1980 | 1993
Nigel Lawson | GB | 1981 | 1989
Paul Channon | GB | 1986 | 1989
Norman Tebbit | GB | 1981 | 1987
Michael Howard | GB | 1987 | 2005
Kenneth Clarke | GB | 1985 | 2019
Norman Fowler | GB | 1981 | 1990
Nicholas Ridley | GB | 1983 | 1990
Kenneth Baker | GB | 1985 | 1992
Cecil Parkinson | GB | 1981 | 1990
George Younger | GB | 1986 | 1989
Robin Leigh-Pemberton | GB | 1983 | 1993
Tadashi Kuranari | JP | 1986 | 1987
Hajime Tamura | JP | 1986 | 1988
Mutsuki Kato | JP | 1986 | 1987
Masaharu Gotoda | JP | 1982 | 1989
Satoshi Sumita | JP | 1984 | 1989
Toshio Komoto | JP | 1980 | 1990
Martin Bangemann | DE | 1984 | 1988
Karl Otto Poehl | DE | 1980 | 1991
Ignaz Kiechle | DE | 1983 | 1993
Francois Guillaume | FR | 1986 | 1988
Subroto | ID | 1978 | 1994
Hisham Nazer | SA | 1986 | 1995
Gholamreza Aghazadeh | IR | 1985 | 2009
Rilwanu Lukman | NG | 1986 | 2010
Arturo Hernandez Grisanti | VE | 1984 | 1989
Ali Khalifa al-Sabah | KW | 1978 | 1991
Dilson Funaro | BR | 1985 | 1987
Luiz Carlos Bresser Pereira | BR | 1987 | 1999
Juan Sourrouille | AR | 1985 | 1989
Gustavo Petricioli | MX | 1986 | 1988
Jesus Silva Herzog | MX | 1982 | 1986
Mark Eyskens | BE | 1980 | 1992
Onno Ruding | NL | 1982 | 1989
Giovanni Goria | IT | 1982 | 1994
Carlos Solchaga | ES | 1985 | 1993
Poul Schlueter | DK | 1982 | 1993
Kalevi Sorsa | FI | 1980 | 1991
Michael Wilson | CA | 1984 | 1993
Pat Carney | CA | 1984 | 1988
Patricia Carney | CA | 1984 | 1988
Jaime Ongpin | PH | 1986 | 1987
Mohammad Khan Junejo | PK | 1985 | 1988
"""


def _parse(text: str) -> tuple[tuple[str, str, int, int], ...]:
    rows = []
    for line in text.strip().splitlines():
        if line.strip():
            name, code, first, last = (part.strip() for part in line.split("|"))
            rows.append((name, code, int(first), int(last)))
    return tuple(rows)


OFFICIALS = _parse(_OFFICIALS)
